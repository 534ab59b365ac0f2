using System.Text;
using System.Text.RegularExpressions;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// The calculator's no-JavaScript form. It submits its own field names (one field set per food row, and
/// buttons that add or remove a food); the page answers with a 303 redirect to the canonical link
/// (<see cref="CalculatorLink"/>), so the address bar always shows the interface's query string.
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
    public const string MeqUnit = "meq";
    public const string EmbedField = Site.Embed.Parameter;

    /// <summary>Grams added when a food is added by weight.</summary>
    const string DefaultGrams = "100";

    public static bool IsSubmission(IQueryCollection query) => query[MarkerField] == MarkerValue;

    /// <summary>The canonical link for a submitted form, with a fragment that brings the reader back to what they just did.</summary>
    public static string CanonicalUrl(IQueryCollection query)
    {
        string? First(string key) => query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

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
            // A row that never parsed keeps its text whole, as typed.
            items.Add(portion.Length == 0 && quantity.Length == 0 ? food : $"{food}:{portion}:{quantity}");
        }

        var add = First(AddButton);
        if (add is not null && AddValue().Match(add) is { Success: true } match)
        {
            var ndb = match.Groups["ndb"].Value;
            var portion = match.Groups["seq"].Success ? match.Groups["seq"].Value : First(PickFieldPrefix + ndb) ?? "1";
            items.Add($"{ndb}:{portion}:{(portion == ItemText.GramsPortion ? DefaultGrams : "1")}");
        }

        var strength = First(StrengthField);
        var meq = query[StrengthUnitField] == MeqUnit;
        var link = new CalculatorLink
        {
            Age = First(CalculatorInput.AgeKey),
            Sex = First(CalculatorInput.SexKey),
            Stage = First(CalculatorInput.StageKey),
            Items = items,
            SupplementMg = meq ? null : strength,
            SupplementMeq = meq ? strength : null,
            SupplementCount = First(CalculatorInput.SupplementCountKey),
            LimitMg = First(CalculatorInput.LimitMgKey),
            Search = First(SearchField),
            Embed = query[EmbedField] == Site.Embed.On,
        };
        var fragment = query.ContainsKey(AddButton) || query.ContainsKey(RemoveButton) ? "#foods"
            : query.ContainsKey(SearchButton) ? "#add-foods"
            : "#result";
        return link.ToUrl() + fragment;
    }

    [GeneratedRegex("^(?<ndb>[0-9]{5})(:(?<seq>[0-9]{1,4}|g))?$")]
    private static partial Regex AddValue();
}

/// <summary>
/// A calculator link in the interface's canonical form: <c>/calculator?age=45&amp;sex=female&amp;items=09040:5:2,11674:3:1</c>.
/// Parameters in a fixed order, empty ones left out, ':' and ',' left readable.
/// </summary>
public sealed class CalculatorLink
{
    public string? Age { get; init; }
    public string? Sex { get; init; }
    public string? Stage { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? SupplementMg { get; init; }
    public string? SupplementMeq { get; init; }
    public string? SupplementCount { get; init; }
    public string? LimitMg { get; init; }
    /// <summary>A food search to show with the result (not part of the calculation).</summary>
    public string? Search { get; init; }
    /// <summary>Keeps the compact layout for pages shown in a clinic's iframe.</summary>
    public bool Embed { get; init; }

    public string ToUrl(string path = "/calculator")
    {
        var parts = new List<(string Key, string? Value)>
        {
            (CalculatorInput.AgeKey, Age),
            (CalculatorInput.SexKey, Sex),
            (CalculatorInput.StageKey, Stage),
            (CalculatorInput.ItemsKey, Items.Count > 0 ? string.Join(',', Items) : null),
            (CalculatorInput.SupplementMgKey, SupplementMg),
            (CalculatorInput.SupplementMeqKey, SupplementMeq),
            (CalculatorInput.SupplementCountKey, SupplementCount),
            (CalculatorInput.LimitMgKey, LimitMg),
            (CalculatorForm.SearchField, Search),
            (CalculatorForm.EmbedField, Embed ? Site.Embed.On : null),
        };
        var query = string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Encode(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    /// <summary>Percent-encodes all but unreserved characters and the ':' and ',' that items are written with.</summary>
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

    /// <summary>
    /// The canonical link of a valid input, written tidily: numbers without padding or trailing zeros
    /// (<c>030</c> is <c>30</c>, <c>1.50</c> is <c>1.5</c>), choices in lower case. Only for input without errors.
    /// </summary>
    public static CalculatorLink Tidy(CalculatorInput input)
    {
        static string? Number(string? text) => InputNumber.Parse(text) is { } n ? n.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) : null;
        return new()
        {
            Age = Number(input.Age),
            Sex = input.Sex?.Trim().ToLowerInvariant(),
            Stage = input.Stage?.Trim().ToLowerInvariant(),
            Items = input.Items.Select(ItemText.Parse).Select(i => $"{i.Ndb}:{i.Portion}:{Number(i.Quantity)}").ToList(),
            SupplementMg = Number(input.SupplementMg),
            SupplementMeq = Number(input.SupplementMeq),
            SupplementCount = Number(input.SupplementCount),
            LimitMg = Number(input.LimitMg),
        };
    }

    /// <summary>The canonical link of an input as typed (the page's own address, less anything else).</summary>
    public static CalculatorLink Of(CalculatorInput input, string? search = null, bool embed = false) => new()
    {
        Age = input.Age,
        Sex = input.Sex,
        Stage = input.Stage,
        Items = input.Items,
        SupplementMg = input.SupplementMg,
        SupplementMeq = input.SupplementMeq,
        SupplementCount = input.SupplementCount,
        LimitMg = input.LimitMg,
        Search = search,
        Embed = embed,
    };
}
