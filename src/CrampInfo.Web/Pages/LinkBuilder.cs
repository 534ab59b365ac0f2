using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace CrampInfo.Web.Pages;

/// <summary>
/// The /for-clinics link builder's form: the calculator's own query parameters (public interface), as
/// typed. Parameters other than <c>items</c> may appear once; <c>items</c> may repeat and is joined with commas.
/// </summary>
public sealed record LinkBuilderInput
{
    public const string Age = "age", Sex = "sex", Stage = "stage", Items = "items", SupplementMg = "supplement-mg",
        SupplementMeq = "supplement-meq", SupplementCount = "supplement-count", LimitMg = "limit-mg";

    /// <summary>In the order the canonical calculator link lists them.</summary>
    public static readonly IReadOnlyList<string> Parameters = [Age, Sex, Stage, Items, SupplementMg, SupplementMeq, SupplementCount, LimitMg];

    /// <summary>True once the form was sent (any of its parameters is in the query string, even empty).</summary>
    public bool Submitted { get; init; }
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> ItemList { get; init; } = [];
    public IReadOnlyList<string> Repeated { get; init; } = [];

    public string? this[string parameter] => Values.GetValueOrDefault(parameter);

    public static LinkBuilderInput FromQuery(IQueryCollection query)
    {
        var values = new Dictionary<string, string>();
        var repeated = new List<string>();
        foreach (var name in Parameters.Where(p => p != Items))
        {
            var given = query[name];
            if (given.Count > 1) repeated.Add(name);
            var value = given.FirstOrDefault()?.Trim();
            if (!string.IsNullOrEmpty(value)) values[name] = value;
        }
        var items = query[Items].SelectMany(v => (v ?? "").Split(',')).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (items.Count > 0) values[Items] = string.Join(", ", items);
        return new LinkBuilderInput
        {
            Submitted = Parameters.Any(query.ContainsKey),
            Values = values,
            ItemList = items,
            Repeated = repeated,
        };
    }
}

/// <summary>One <c>items</c> entry, <c>NDB:PORTION:QUANTITY</c>, once its form is right.</summary>
public sealed record LinkItem(string Ndb, int? PortionSeq, decimal Quantity)
{
    public bool InGrams => PortionSeq is null;

    /// <summary>As the canonical link writes it: <c>09040:5:2</c>, <c>09040:g:150</c>.</summary>
    public override string ToString() => $"{Ndb}:{(InGrams ? "g" : PortionSeq!.Value.ToString(CultureInfo.InvariantCulture))}:{LinkNumbers.Format(Quantity)}";

    public static LinkItem? Parse(string text)
    {
        var match = LinkNumbers.ItemPattern().Match(text);
        if (!match.Success || !LinkNumbers.TryParse(match.Groups[3].Value, out var quantity)) return null;
        int? seq = match.Groups[2].Value == "g" ? null : int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return new LinkItem(match.Groups[1].Value, seq, quantity);
    }
}

/// <summary>Numbers as the calculator's links write them: digits with an optional decimal point, nothing else.</summary>
public static partial class LinkNumbers
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        return text is not null && text.Length <= 12 && DecimalPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^([0-9]{5}):([0-9]{1,4}|g):([0-9]+(?:\.[0-9]+)?)$")]
    public static partial Regex ItemPattern();
}

/// <summary>
/// The rules of the calculator's query string (public interface) that need no food table; the page checks
/// the foods and portions themselves against the database. A message names the value and the rule.
/// </summary>
public sealed class LinkBuilderValidator : AbstractValidator<LinkBuilderInput>
{
    public const int MaxItems = 30;

    public LinkBuilderValidator()
    {
        RuleFor(i => i).Custom((input, context) =>
        {
            foreach (var name in input.Repeated) context.AddFailure(name, $"\"{name}\" appears more than once in the address; give it once.");
        });

        Number(LinkBuilderInput.Age, 0, 120, "Age must be a number from 0 to 120 (with a point for decimals, such as 0.5 for a baby of six months)");
        RuleFor(i => i[LinkBuilderInput.Sex]).Must(s => s is null or "female" or "male")
            .OverridePropertyName(LinkBuilderInput.Sex)
            .WithMessage(i => $"Sex must be female or male, not \"{i[LinkBuilderInput.Sex]}\".");
        RuleFor(i => i[LinkBuilderInput.Stage]).Must(s => s is null or "pregnant" or "lactating")
            .OverridePropertyName(LinkBuilderInput.Stage)
            .WithMessage(i => $"Pregnancy or breastfeeding must be pregnant or lactating, not \"{i[LinkBuilderInput.Stage]}\".");
        RuleFor(i => i).Must(StageFitsAgeAndSex)
            .When(i => i[LinkBuilderInput.Stage] is "pregnant" or "lactating")
            .OverridePropertyName(LinkBuilderInput.Stage)
            .WithMessage("Pregnancy or breastfeeding goes only with sex female and an age from 14 to under 51.");

        RuleFor(i => i.ItemList.Count).LessThanOrEqualTo(MaxItems)
            .OverridePropertyName(LinkBuilderInput.Items)
            .WithMessage(i => $"A link can hold at most {MaxItems} foods; this one has {i.ItemList.Count}.");
        RuleForEach(i => i.ItemList).Must(ItemIsWellFormed)
            .OverridePropertyName(LinkBuilderInput.Items)
            .WithMessage((_, item) => $"\"{item}\" is not a food written as NUMBER:PORTION:QUANTITY, such as 09040:5:2 (a 5-digit food number, a portion number or g for grams, and an amount above 0: at most 100 portions, or grams).");

        Number(LinkBuilderInput.SupplementMg, 1, 2000, "A supplement's strength in mg must be a number from 1 to 2000");
        Number(LinkBuilderInput.SupplementMeq, 0.1m, 50, "A supplement's strength in mEq must be a number from 0.1 to 50");
        RuleFor(i => i).Must(i => i[LinkBuilderInput.SupplementMg] is null || i[LinkBuilderInput.SupplementMeq] is null)
            .OverridePropertyName(LinkBuilderInput.SupplementMeq)
            .WithMessage("Give the supplement's strength in mg or in mEq, not both.");
        RuleFor(i => i[LinkBuilderInput.SupplementCount])
            .Must(v => v is null || (LinkNumbers.TryParse(v, out var n) && n == decimal.Truncate(n) && n <= 20))
            .OverridePropertyName(LinkBuilderInput.SupplementCount)
            .WithMessage(i => $"Tablets a day must be a whole number from 0 to 20, not \"{i[LinkBuilderInput.SupplementCount]}\".");
        Number(LinkBuilderInput.LimitMg, 500, 10000, "A clinician's daily limit must be a number of mg from 500 to 10000");
    }

    void Number(string parameter, decimal min, decimal max, string rule) =>
        RuleFor(i => i[parameter])
            .Must(v => v is null || (LinkNumbers.TryParse(v, out var n) && n >= min && n <= max))
            .OverridePropertyName(parameter)
            .WithMessage(i => $"{rule}; \"{i[parameter]}\" is not.");

    static bool StageFitsAgeAndSex(LinkBuilderInput input) =>
        input[LinkBuilderInput.Sex] == "female"
        && LinkNumbers.TryParse(input[LinkBuilderInput.Age], out var age) && age >= 14 && age < 51;

    static bool ItemIsWellFormed(string text) =>
        LinkItem.Parse(text) is { } item && item.Quantity > 0 && (item.InGrams || item.Quantity <= 100);
}
