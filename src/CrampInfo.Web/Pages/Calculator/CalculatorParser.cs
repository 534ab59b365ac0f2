using System.Globalization;
using System.Text.RegularExpressions;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// Reads the calculator's query string into typed values, once (<see cref="CalculatorInput"/>), and says
/// what it could not read: one message per parameter, or per item, keyed as the interface keys them. A value
/// it cannot read stays null, so the validator, which checks the rules on the values, never reports it again.
/// </summary>
public static partial class CalculatorParser
{
    /// <param name="findFood">The food table: a food by its number, or null.</param>
    /// <param name="refused">Messages for fields the form could not read (see <see cref="CalculatorForm"/>); those are not read again.</param>
    public static (CalculatorInput Input, IReadOnlyList<CalculatorError> Errors) Parse(
        CalculatorText text, Func<string, Food?> findFood, IReadOnlyList<CalculatorError>? refused = null)
    {
        var errors = new List<CalculatorError>(refused ?? []);
        var unreadable = new HashSet<string>(errors.Where(e => e.ItemIndex is null).Select(e => e.Parameter));
        var refusedItems = errors.Where(e => e.ItemIndex is not null).Select(e => e.ItemIndex!.Value).ToHashSet();

        foreach (var parameter in text.Repeated)
            if (unreadable.Add(parameter)) errors.Add(new(parameter, null, CalculatorMessages.Repeated(parameter)));

        // A parameter given once, read by `read`; a failure is reported once, with `message`.
        T? Read<T>(string parameter, Func<string, T?> read, Func<string, string> message) where T : struct
        {
            if (text[parameter] is not { } value || unreadable.Contains(parameter)) return null;
            if (read(value) is { } typed) return typed;
            unreadable.Add(parameter);
            errors.Add(new(parameter, null, message(value)));
            return null;
        }

        var input = new CalculatorInput
        {
            Text = text,
            Age = Read(P.Age, NumberText.ParseCanonical, CalculatorMessages.AgeNotANumber),
            Sex = Read(P.Sex, SexNames.Parse, CalculatorMessages.SexNotAChoice),
            Stage = Read(P.Stage, ParseStage, CalculatorMessages.StageNotAChoice),
            SupplementMg = Read(P.SupplementMg, NumberText.ParseCanonical, CalculatorMessages.StrengthNotANumber),
            SupplementMeq = Read(P.SupplementMeq, NumberText.ParseCanonical, CalculatorMessages.StrengthNotANumber),
            SupplementKclMg = Read(P.SupplementKclMg, NumberText.ParseCanonical, CalculatorMessages.StrengthNotANumber),
            SupplementCount = Read(P.SupplementCount, NumberText.ParseCanonical, CalculatorMessages.CountNotAWholeNumber),
            LimitMg = Read(P.LimitMg, NumberText.ParseCanonical, CalculatorMessages.LimitNotANumber),
            LimitMeq = Read(P.LimitMeq, NumberText.ParseCanonical, CalculatorMessages.LimitNotANumber),
            ItemsGiven = text.Items.Count,
            Items = text.Items.Take(P.MaxItems).Select((item, index) =>
            {
                var quantityRefused = refusedItems.Contains(index);
                var (read, problem) = ReadItem(index, item, findFood, quantityRefused);
                if (problem is not null && !quantityRefused) errors.Add(new(P.Items, index, CalculatorMessages.Item(index, item, problem)));
                return read;
            }).ToList(),
            Unreadable = unreadable,
        };
        // A quantity the form refused: name its row by its food, now that the food is known.
        for (var i = 0; i < (refused?.Count ?? 0); i++)
            if (errors[i].ItemIndex is { } index && index < input.Items.Count)
                errors[i] = errors[i] with { Message = input.Items[index].Food is { } food
                    ? CalculatorMessages.Item(index, food.Description, errors[i].Message, named: true)
                    : CalculatorMessages.Item(index, input.Items[index].Text, errors[i].Message) };
        return (input, errors);
    }

    static Stage? ParseStage(string text) => text.Trim().ToLowerInvariant() switch
    {
        "pregnant" => Intake.Stage.Pregnant,
        "lactating" => Intake.Stage.Lactating,
        _ => null,
    };

    /// <summary>
    /// One item, <c>NDB:PORTION:QUANTITY</c>, read against the food table; or what is wrong with it. When the
    /// form already refused its quantity, its food and portion are still read, so its row shows them.
    /// </summary>
    static (ItemInput Item, string? Problem) ReadItem(int index, string text, Func<string, Food?> findFood, bool quantityRefused)
    {
        var unread = new ItemInput(index, text, null, null, null);
        var parts = text.Split(':');
        if (parts.Length != 3) return (unread, CalculatorMessages.ItemShape);
        var (ndb, portionText, quantityText) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
        if (!FoodNumber.IsValid(ndb)) return (unread, CalculatorMessages.ItemNdb(ndb));
        if (findFood(ndb) is not { } food) return (unread, CalculatorMessages.ItemUnknownFood(ndb));

        Portion? portion = null;
        if (portionText != P.GramsPortion)
        {
            if (!SeqPattern().IsMatch(portionText)) return (unread, CalculatorMessages.ItemPortionNotANumber(portionText));
            var seq = int.Parse(portionText, CultureInfo.InvariantCulture);
            portion = food.Portions.FirstOrDefault(p => p.Seq == seq);
            if (portion is null)
                return (unread, CalculatorMessages.ItemNoSuchPortion(food.Description, food.Ndb, portionText, food.Portions.Select(p => p.Seq).Order()));
        }

        if (quantityRefused) return (new ItemInput(index, text, food, portion, null), null);
        if (quantityText.Length == 0) return (unread, CalculatorMessages.ItemQuantityMissing);
        if (NumberText.ParseCanonical(quantityText) is not { } quantity) return (unread, CalculatorMessages.ItemQuantityNotANumber(quantityText));
        return (new ItemInput(index, text, food, portion, quantity), null);
    }


    [GeneratedRegex("^[0-9]{1,4}$")]
    private static partial Regex SeqPattern();
}
