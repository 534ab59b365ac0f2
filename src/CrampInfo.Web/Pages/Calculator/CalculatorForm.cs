using System.Text;
using System.Text.RegularExpressions;
using CrampInfo.Web.Intake;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// The calculator's no-JavaScript form. It submits its own field names (one field set per food row, buttons
/// that add or remove a food, a strength with its unit, a limit with its unit) and reads numbers the way
/// people type them (<see cref="NumberText.ReadTyped"/>). When it can read every field, the page answers
/// with a 303 redirect to the canonical link (<see cref="CalculatorLink"/>), so the address bar always shows
/// the interface's query string. When it cannot ("1,5", "2.000"), it refuses: the page shows the form as
/// typed with a message beside the field, rather than guessing.
/// </summary>
public static partial class CalculatorForm
{
    /// <summary>A hidden field that marks a submission of this form.</summary>
    public const string MarkerField = "form";
    public const string MarkerValue = "calculator";
    public const string FoodField = "food";
    public const string PortionField = "portion";
    public const string QuantityField = "qty";
    public const string RemoveButton = "remove";
    public const string AddButton = "add";
    /// <summary>The portion chosen for a search result: <c>pick-NDB</c>.</summary>
    public const string PickFieldPrefix = "pick-";
    public const string SearchField = "q";
    public const string SearchButton = "search";
    public const string StrengthField = "supplement-strength";
    public const string StrengthUnitField = "supplement-unit";
    public const string PotassiumMgUnit = "mg";
    public const string MeqUnit = "meq";
    public const string PotassiumChlorideMgUnit = "kcl-mg";
    public const string LimitField = "limit";
    public const string EmbedField = Site.Embed.Parameter;

    /// <summary>Grams added when a food is added by weight.</summary>
    const string DefaultGrams = "100";

    public static bool IsSubmission(IQueryCollection query) => query[MarkerField] == MarkerValue;

    /// <summary>A submitted form, read: the canonical link to send the reader to, or the fields it refused.</summary>
    /// <param name="Text">The values as the calculator reads them (canonical where read, as typed where refused).</param>
    /// <param name="Fragment">Where to bring the reader back to: the food list, the search, or the result.</param>
    public sealed record Reading(CalculatorLink Link, string Fragment, CalculatorText Text, IReadOnlyList<CalculatorError> Refused)
    {
        public string RedirectUrl => Link.ToUrl() + Fragment;
    }

    public static Reading Read(IQueryCollection query)
    {
        string? First(string key) => query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var refused = new List<CalculatorError>();
        var chosenStrength = query[StrengthUnitField].FirstOrDefault() switch
        {
            MeqUnit => P.SupplementMeq,
            PotassiumChlorideMgUnit => P.SupplementKclMg,
            _ => P.SupplementMg,
        };
        var values = new List<(string Key, string? Value)>
        {
            (P.Age, Plain(P.Age, CalculatorMessages.AgeField, First(P.Age), refused)),
            (P.Sex, First(P.Sex)),
            (P.Stage, First(P.Stage)),
            ReadStrength(First(StrengthField), chosenStrength, refused),
            (P.SupplementCount, Plain(P.SupplementCount, CalculatorMessages.CountField, First(P.SupplementCount), refused)),
            ReadLimit(First(LimitField), refused),
        };

        var items = ReadRows(query, refused);
        var add = First(AddButton);
        if (add is not null && AddValue().Match(add) is { Success: true } match)
        {
            var ndb = match.Groups["ndb"].Value;
            var portion = match.Groups["seq"].Success ? match.Groups["seq"].Value : First(PickFieldPrefix + ndb) ?? "1";
            items.Add($"{ndb}:{portion}:{(portion == P.GramsPortion ? DefaultGrams : "1")}");
        }

        var link = new CalculatorLink(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!), items,
            First(SearchField), query[EmbedField] == Site.Embed.On);
        var fragment = query.ContainsKey(AddButton) || query.ContainsKey(RemoveButton) ? "#foods"
            : query.ContainsKey(SearchButton) ? "#add-foods"
            : "#result";
        return new Reading(link, fragment, CalculatorText.Of(values, items), refused);
    }

    /// <summary>A number without a unit (an age, a count): written canonically, or kept as typed and refused.</summary>
    static string? Plain(string parameter, string what, string? typed, List<CalculatorError> refused)
    {
        if (NumberText.ReadTyped(typed) is not { } number) return null;
        if (number.IsRead) return NumberText.Canonical(number.Value!.Value);
        refused.Add(new(parameter, null, CalculatorMessages.Typed(what, typed!, number.Problem!.Value, takesUnits: false)));
        return typed;
    }

    /// <summary>
    /// The tablet's strength in the unit chosen beside it, unless the text names its own: "20 mEq" is mEq
    /// whatever was chosen, "100 mg" is mg of potassium unless potassium chloride was chosen, "1.5 g" is 1500 mg.
    /// </summary>
    static (string Key, string? Value) ReadStrength(string? typed, string chosen, List<CalculatorError> refused)
    {
        if (NumberText.ReadTyped(typed, TypedUnit.Mg, TypedUnit.G, TypedUnit.Meq) is not { } number) return (chosen, null);
        if (!number.IsRead)
        {
            refused.Add(new(chosen, null, CalculatorMessages.Typed(CalculatorMessages.StrengthField, typed!, number.Problem!.Value, takesUnits: true)));
            return (chosen, typed);
        }
        var key = number.Unit switch
        {
            TypedUnit.Meq => P.SupplementMeq,
            TypedUnit.Mg or TypedUnit.G when chosen == P.SupplementMeq => P.SupplementMg,
            _ => chosen,
        };
        return (key, NumberText.Canonical(number.Unit == TypedUnit.G ? number.Value!.Value * 1000 : number.Value!.Value));
    }

    /// <summary>The daily limit: mg unless the text says grams or mEq ("2,000", "2 g", "2000 mg", "60 mEq").</summary>
    static (string Key, string? Value) ReadLimit(string? typed, List<CalculatorError> refused)
    {
        if (NumberText.ReadTyped(typed, TypedUnit.Mg, TypedUnit.G, TypedUnit.Meq) is not { } number) return (P.LimitMg, null);
        if (!number.IsRead)
        {
            refused.Add(new(P.LimitMg, null, CalculatorMessages.Typed(CalculatorMessages.LimitField, typed!, number.Problem!.Value, takesUnits: true)));
            return (P.LimitMg, typed);
        }
        return number.Unit switch
        {
            TypedUnit.Meq => (P.LimitMeq, NumberText.Canonical(number.Value!.Value)),
            TypedUnit.G => (P.LimitMg, NumberText.Canonical(number.Value!.Value * 1000)),
            _ => (P.LimitMg, NumberText.Canonical(number.Value!.Value)),
        };
    }

    /// <summary>The food rows, less a removed one; a row that never parsed keeps its text whole, as typed.</summary>
    static List<string> ReadRows(IQueryCollection query, List<CalculatorError> refused)
    {
        var foods = query[FoodField];
        var portions = query[PortionField];
        var quantities = query[QuantityField];
        var removed = query[RemoveButton].Select(v => int.TryParse(v, out var i) ? i : -1).ToHashSet();
        var items = new List<string>();
        for (var i = 0; i < foods.Count; i++)
        {
            if (removed.Contains(i)) continue;
            var food = (foods[i] ?? "").Trim();
            var portion = (i < portions.Count ? portions[i] : null)?.Trim() ?? "";
            var quantity = (i < quantities.Count ? quantities[i] : null)?.Trim() ?? "";
            if (food.Length == 0 && portion.Length == 0 && quantity.Length == 0) continue;
            if (portion.Length == 0 && quantity.Length == 0) { items.Add(food); continue; }
            if (NumberText.ReadTyped(quantity) is { } typed)
            {
                if (typed.IsRead) quantity = NumberText.Canonical(typed.Value!.Value);
                else if (items.Count < P.MaxItems)
                    // The parser names the row (its food is looked up there) in front of this message.
                    refused.Add(new(P.Items, items.Count, CalculatorMessages.Typed(CalculatorMessages.QuantityField, quantity, typed.Problem!.Value, takesUnits: false)));
            }
            items.Add($"{food}:{portion}:{quantity}");
        }
        return items;
    }

    [GeneratedRegex("^(?<ndb>[0-9]{5})(:(?<seq>[0-9]{1,4}|g))?$")]
    private static partial Regex AddValue();
}

/// <summary>
/// A calculator link in the interface's canonical form: <c>/calculator?age=45&amp;sex=female&amp;items=09040:5:2,11674:3:1</c>.
/// Parameters in a fixed order, empty ones left out, ':' and ',' left readable.
/// </summary>
/// <param name="Values">The parameters other than <c>items</c>, by name.</param>
/// <param name="Search">A food search to show with the result (not part of the calculation).</param>
/// <param name="Embed">Keeps the compact layout for pages shown in a clinic's iframe.</param>
public sealed record CalculatorLink(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Items, string? Search = null, bool Embed = false)
{
    public string ToUrl(string path = "/calculator")
    {
        var parts = P.All
            .Select(key => (Key: key, Value: key == P.Items ? (Items.Count > 0 ? string.Join(',', Items) : null) : Values.GetValueOrDefault(key)))
            .Append((Key: CalculatorForm.SearchField, Value: Search))
            .Append((Key: CalculatorForm.EmbedField, Value: Embed ? Site.Embed.On : null));
        var query = string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Encode(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    /// <summary>Percent-encodes all but unreadable characters and the ':' and ',' that items are written with.</summary>
    public static string Encode(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or ','))
                text.Append(c);
            else
                text.Append('%').Append(b.ToString("X2"));
        }
        return text.ToString();
    }

    /// <summary>The link of a query string as it was written (the page's own address, less anything else).</summary>
    public static CalculatorLink AsWritten(CalculatorText text, string? search = null, bool embed = false) =>
        new(CalculatorParameters.All.Where(k => text[k] is not null).ToDictionary(k => k, k => text[k]!), text.Items, search, embed);

    /// <summary>
    /// The canonical link of values read without errors, written tidily: numbers without padding or trailing
    /// zeros (<c>030</c> is <c>30</c>, <c>1.50</c> is <c>1.5</c>), choices in lower case.
    /// </summary>
    public static CalculatorLink Canonical(CalculatorInput input, string? search = null, bool embed = false)
    {
        var values = new Dictionary<string, string>();
        void Set(string key, decimal? value) { if (value is { } v) values[key] = NumberText.Canonical(v); }
        Set(CalculatorParameters.Age, input.Age);
        if (input.Sex is { } sex) values[CalculatorParameters.Sex] = SexNames.Of(sex);
        if (input.Stage is { } stage) values[CalculatorParameters.Stage] = stage == Intake.Stage.Pregnant ? "pregnant" : "lactating";
        Set(CalculatorParameters.SupplementMg, input.SupplementMg);
        Set(CalculatorParameters.SupplementMeq, input.SupplementMeq);
        Set(CalculatorParameters.SupplementKclMg, input.SupplementKclMg);
        Set(CalculatorParameters.SupplementCount, input.SupplementCount);
        Set(CalculatorParameters.LimitMg, input.LimitMg);
        Set(CalculatorParameters.LimitMeq, input.LimitMeq);
        var items = input.Items.Where(i => i.IsRead)
            .Select(i => $"{i.Food!.Ndb}:{(i.Portion is { } p ? p.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture) : CalculatorParameters.GramsPortion)}:{NumberText.Canonical(i.Quantity!.Value)}")
            .ToList();
        return new CalculatorLink(values, items, search, embed);
    }
}
