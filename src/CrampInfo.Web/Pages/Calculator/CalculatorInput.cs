using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// One food of <c>items</c>, read: its food and portion in the food table and its quantity, or (when
/// <see cref="Food"/> is null) an item the parser could not read, kept as written.
/// </summary>
/// <param name="Index">Its place in <c>items</c>, from 0: error messages and the page's rows are keyed by it.</param>
/// <param name="Portion">The household measure; null for an amount in grams.</param>
public sealed record ItemInput(int Index, string Text, Food? Food, Portion? Portion, decimal? Quantity)
{
    public bool IsRead => Food is not null && Quantity is not null;

    /// <summary>The portion and the quantity as written, for the form to show back.</summary>
    public string PortionText => Text.Split(':') is [_, var portion, _] ? portion.Trim() : "";
    public string QuantityText => Text.Split(':') is [_, _, var quantity] ? quantity.Trim() : "";
    public bool IsGrams => IsRead && Portion is null;

    /// <summary>The item's weight: the portion's grams x quantity, or the quantity itself for grams.</summary>
    public decimal Grams => Portion is null ? Quantity!.Value : (decimal)Portion.Grams * Quantity!.Value;

    public FoodEaten ToFoodEaten() => new(Food!.Ndb, Food.Description, Portion?.Seq,
        Portion is null ? CalculatorParameters.GramsPortion : PortionLabel.Of(Portion), Quantity!.Value, Grams,
        (decimal)Food.PotassiumMgPer100g, (decimal?)Food.MagnesiumMgPer100g, (decimal?)Food.SodiumMgPer100g);
}

/// <summary>
/// The calculator's query string read into typed values, once: each parameter is null when absent or when
/// it could not be read (<see cref="Unreadable"/> then names it, and the parser has reported why). The
/// validator then checks these values against the interface's rules; nothing reads the text again.
/// </summary>
public sealed record CalculatorInput
{
    public CalculatorText Text { get; init; } = CalculatorText.Empty;
    public decimal? Age { get; init; }
    public Sex? Sex { get; init; }
    public Stage? Stage { get; init; }
    /// <summary>The items the calculator looks at (the first <see cref="CalculatorParameters.MaxItems"/>), read or not.</summary>
    public IReadOnlyList<ItemInput> Items { get; init; } = [];
    /// <summary>How many items the query string held, including those past the first 30.</summary>
    public int ItemsGiven { get; init; }
    public decimal? SupplementMg { get; init; }
    public decimal? SupplementMeq { get; init; }
    public decimal? SupplementKclMg { get; init; }
    public decimal? SupplementCount { get; init; }
    public decimal? LimitMg { get; init; }
    public decimal? LimitMeq { get; init; }
    /// <summary>Parameters that were given but could not be read (the parser reported each once).</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    public bool Given(string parameter) => Text.Has(parameter);

    /// <summary>The tablet's strength as given: the one strength parameter, with its unit.</summary>
    public SupplementStrength? Strength =>
        SupplementMg is { } mg ? new(mg, StrengthUnit.PotassiumMg)
        : SupplementMeq is { } meq ? new(meq, StrengthUnit.Meq)
        : SupplementKclMg is { } kcl ? new(kcl, StrengthUnit.PotassiumChlorideMg)
        : null;

    public PotassiumLimit? Limit =>
        LimitMg is { } mg ? new(mg, InMeq: false) : LimitMeq is { } meq ? new(meq, InMeq: true) : null;
}

/// <summary>A message about one parameter, or about one item of <c>items</c> (<see cref="ItemIndex"/>).</summary>
public sealed record CalculatorError(string Parameter, int? ItemIndex, string Message);
