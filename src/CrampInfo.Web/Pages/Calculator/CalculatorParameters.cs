namespace CrampInfo.Web.Pages.Calculator;

/// <summary>The calculator's query-string parameters (the public interface) and their limits.</summary>
public static class CalculatorParameters
{
    public const string Age = "age";
    public const string Sex = "sex";
    public const string Stage = "stage";
    public const string Items = "items";
    public const string SupplementMg = "supplement-mg";
    public const string SupplementMeq = "supplement-meq";
    public const string SupplementKclMg = "supplement-kcl-mg";
    public const string SupplementCount = "supplement-count";
    public const string LimitMg = "limit-mg";
    public const string LimitMeq = "limit-meq";

    /// <summary>Every parameter, in the order a canonical link writes them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Age, Sex, Stage, Items, SupplementMg, SupplementMeq, SupplementKclMg, SupplementCount, LimitMg, LimitMeq];

    /// <summary>The three ways to give a tablet's strength; one at most.</summary>
    public static readonly IReadOnlyList<string> Strengths = [SupplementMg, SupplementMeq, SupplementKclMg];

    public static readonly IReadOnlyList<string> Supplements = [.. Strengths, SupplementCount];

    public static readonly IReadOnlyList<string> Limits = [LimitMg, LimitMeq];

    /// <summary>The parameters that decide the target: when any is given and not valid, there is no target.</summary>
    public static readonly IReadOnlyList<string> TargetFields = [Age, Sex, Stage, LimitMg, LimitMeq];

    public const int MaxItems = 30;
    public const decimal MaxItemGrams = 5000;
    public const decimal MaxPortionQuantity = 100;

    public const decimal MinAge = 0, MaxAge = 120;
    public const decimal MinStageAge = 14, StageAgeBelow = 51;
    public const decimal MinSupplementMg = 1, MaxSupplementMg = 2000;
    public const decimal MinSupplementMeq = 0.1m, MaxSupplementMeq = 50;
    public const decimal MinSupplementKclMg = 1, MaxSupplementKclMg = 3700;
    public const int MaxSupplementCount = 20;
    public const decimal MinLimitMg = 500, MaxLimitMg = 10000;
    public const decimal MinLimitMeq = 13, MaxLimitMeq = 255;

    /// <summary>A portion that is grams rather than a household measure: <c>09040:g:50</c>.</summary>
    public const string GramsPortion = "g";
}

/// <summary>
/// The calculator's query string as written, before any of it is read as a value: one text per parameter
/// (the first, when one was repeated), the items in order, and which parameters were repeated. The page
/// shows these back in its form, exactly as typed.
/// </summary>
public sealed class CalculatorText
{
    readonly IReadOnlyDictionary<string, string> values;

    public CalculatorText(IReadOnlyDictionary<string, string> values, IReadOnlyList<string> items, IReadOnlyList<string> repeated)
    {
        this.values = values;
        Items = items;
        Repeated = repeated;
    }

    public static CalculatorText Empty { get; } = new(new Dictionary<string, string>(), [], []);

    /// <summary>Every item as written (<c>NDB:PORTION:QUANTITY</c>), in order, empty entries dropped.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Parameters other than <c>items</c> that appeared more than once (an error by the interface).</summary>
    public IReadOnlyList<string> Repeated { get; }

    /// <summary>A parameter as written, or null when it is absent or blank (a blank field counts as absent).</summary>
    public string? this[string parameter] => values.GetValueOrDefault(parameter);

    public bool Has(string parameter) => parameter == CalculatorParameters.Items ? Items.Count > 0 : values.ContainsKey(parameter);

    public bool HasAny(IEnumerable<string> parameters) => parameters.Any(Has);

    /// <summary>Whether the query string holds any of the calculator's parameters.</summary>
    public bool IsEmpty => values.Count == 0 && Items.Count == 0;

    /// <summary>
    /// Reads the query string: <c>items</c> may repeat (<c>items=a&amp;items=b</c> means <c>items=a,b</c>); every
    /// other parameter is kept once and noted when repeated; unknown parameters are ignored.
    /// </summary>
    public static CalculatorText FromQuery(IQueryCollection query)
    {
        var values = new Dictionary<string, string>();
        var repeated = new List<string>();
        foreach (var key in CalculatorParameters.All)
        {
            if (key == CalculatorParameters.Items || !query.TryGetValue(key, out var given)) continue;
            if (given.Count > 1) repeated.Add(key);
            if (given.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value) values[key] = value;
            else if (given.Count > 1) values[key] = given[0] ?? "";
        }
        var items = query.TryGetValue(CalculatorParameters.Items, out var itemValues)
            ? itemValues.SelectMany(v => (v ?? "").Split(',')).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList()
            : [];
        return new CalculatorText(values, items, repeated);
    }

    /// <summary>The same text with some parameters set (null removes one): for the form, which writes its own values.</summary>
    public static CalculatorText Of(IEnumerable<(string Key, string? Value)> parameters, IReadOnlyList<string> items) =>
        new(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!), items, []);
}
