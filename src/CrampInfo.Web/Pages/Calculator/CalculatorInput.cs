using System.Globalization;
using System.Text.RegularExpressions;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// The calculator's state as the query string carries it (the public interface), kept exactly as typed so
/// the form can show it back with its messages. Values are parsed on demand by the same rules the validator
/// applies; the handler uses a parsed value only where the validator found nothing wrong with it.
/// </summary>
public sealed partial class CalculatorInput
{
    public const string AgeKey = "age";
    public const string SexKey = "sex";
    public const string StageKey = "stage";
    public const string ItemsKey = "items";
    public const string SupplementMgKey = "supplement-mg";
    public const string SupplementMeqKey = "supplement-meq";
    public const string SupplementCountKey = "supplement-count";
    public const string LimitMgKey = "limit-mg";

    /// <summary>The parameters of the interface, in the order a canonical link writes them.</summary>
    public static readonly IReadOnlyList<string> Keys =
        [AgeKey, SexKey, StageKey, ItemsKey, SupplementMgKey, SupplementMeqKey, SupplementCountKey, LimitMgKey];

    public const int MaxItems = 30;
    public const decimal MaxItemGrams = 5000;
    public const decimal MaxPortionQuantity = 100;

    public string? Age { get; init; }
    public string? Sex { get; init; }
    public string? Stage { get; init; }
    /// <summary>Every item as written (<c>NDB:PORTION:QUANTITY</c>), in order, empty entries dropped.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? SupplementMg { get; init; }
    public string? SupplementMeq { get; init; }
    public string? SupplementCount { get; init; }
    public string? LimitMg { get; init; }
    /// <summary>Parameters other than <c>items</c> that appeared more than once (an error by the interface).</summary>
    public IReadOnlyList<string> RepeatedParameters { get; init; } = [];

    /// <summary>
    /// The foods the items name, with their portions: looked up by the handler before validation, since an
    /// item's weight and whether its food exists depend on the food table.
    /// </summary>
    public IReadOnlyDictionary<string, Food> Foods { get; set; } = new Dictionary<string, Food>();

    /// <summary>The items the calculator looks at: the first <see cref="MaxItems"/>.</summary>
    public IEnumerable<(int Index, ItemText Item)> ConsideredItems =>
        Items.Take(MaxItems).Select((text, index) => (index, ItemText.Parse(text)));

    public decimal? AgeValue => InputNumber.Parse(Age);
    public Sex? SexValue => Sex?.Trim().ToLowerInvariant() switch { "female" => Intake.Sex.Female, "male" => Intake.Sex.Male, _ => null };
    public Stage? StageValue => Stage?.Trim().ToLowerInvariant() switch { "pregnant" => Intake.Stage.Pregnant, "lactating" => Intake.Stage.Lactating, _ => null };
    public decimal? SupplementMgValue => InputNumber.Parse(SupplementMg);
    public decimal? SupplementMeqValue => InputNumber.Parse(SupplementMeq);
    public int? SupplementCountValue => InputNumber.Parse(SupplementCount) is { } n && n == decimal.Truncate(n) && Math.Abs(n) < 1_000_000 ? (int)n : null;
    public decimal? LimitMgValue => InputNumber.Parse(LimitMg);

    public bool HasSupplement => Given(SupplementMg) || Given(SupplementMeq) || Given(SupplementCount);

    public static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);

    public static CalculatorInput FromQuery(IQueryCollection query)
    {
        string? Single(string key) => query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
        var repeated = Keys.Where(k => k != ItemsKey && query.TryGetValue(k, out var v) && v.Count > 1).ToList();
        var items = query.TryGetValue(ItemsKey, out var itemValues)
            ? itemValues.SelectMany(v => (v ?? "").Split(',')).Where(Given).Select(v => v.Trim()).ToList()
            : [];
        return new CalculatorInput
        {
            Age = Single(AgeKey),
            Sex = Single(SexKey),
            Stage = Single(StageKey),
            Items = items,
            SupplementMg = Single(SupplementMgKey),
            SupplementMeq = Single(SupplementMeqKey),
            SupplementCount = Single(SupplementCountKey),
            LimitMg = Single(LimitMgKey),
            RepeatedParameters = repeated,
        };
    }
}

/// <summary>
/// Numbers as the interface writes them: digits with an optional decimal point (no commas, exponents,
/// NaN or Infinity), at most ten digits either side, so every accepted value fits a decimal exactly.
/// </summary>
public static partial class InputNumber
{
    public static decimal? Parse(string? text)
    {
        if (text is null) return null;
        text = text.Trim();
        return Pattern().IsMatch(text) ? decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^-?[0-9]{1,10}(\.[0-9]{1,10})?$|^-?\.[0-9]{1,10}$")]
    private static partial Regex Pattern();

    /// <summary>"1,234.5": how the site writes a number back to a person.</summary>
    public static string Show(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}

/// <summary>One item of <c>items</c>, <c>NDB:PORTION:QUANTITY</c>, split as written.</summary>
public sealed partial record ItemText(string Raw, string Ndb, string Portion, string Quantity, bool WellFormed)
{
    public const string GramsPortion = "g";

    public static ItemText Parse(string raw)
    {
        var parts = raw.Split(':');
        return parts.Length == 3
            ? new ItemText(raw, parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), true)
            : new ItemText(raw, "", "", "", false);
    }

    public bool NdbValid => NdbPattern().IsMatch(Ndb);
    public bool IsGrams => Portion == GramsPortion;
    public int? PortionSeq => SeqPattern().IsMatch(Portion) ? int.Parse(Portion, CultureInfo.InvariantCulture) : null;
    public decimal? QuantityValue => InputNumber.Parse(Quantity);

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex NdbPattern();

    [GeneratedRegex("^[0-9]{1,4}$")]
    private static partial Regex SeqPattern();
}
