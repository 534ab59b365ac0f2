namespace CrampInfo.Web.Data;

/// <summary>A food of the USDA SR28 extract, with its minerals per 100 g edible portion.</summary>
public sealed class Food
{
    /// <summary>The release's 5-digit food number, kept as text because leading zeros matter.</summary>
    public required string Ndb { get; init; }
    public required string Description { get; init; }
    public required string FoodGroup { get; init; }
    public double PotassiumMgPer100g { get; init; }
    /// <summary>Null where the release has no value.</summary>
    public double? MagnesiumMgPer100g { get; init; }
    /// <summary>Null where the release has no value.</summary>
    public double? SodiumMgPer100g { get; init; }
    public List<Portion> Portions { get; init; } = [];
}

/// <summary>A household measure of a food: <see cref="Amount"/> <see cref="Measure"/> weighs <see cref="Grams"/>.</summary>
public sealed class Portion
{
    public required string Ndb { get; init; }
    /// <summary>The release's order of the food's measures; the key used in calculator links.</summary>
    public int Seq { get; init; }
    public double Amount { get; init; }
    public required string Measure { get; init; }
    public double Grams { get; init; }
}

/// <summary>A row of the 2019 Adequate Intakes for potassium: ages [from, to) in years.</summary>
public sealed class ReferenceIntake
{
    public int Id { get; init; }
    public required string LifeStage { get; init; }
    public double AgeFromYears { get; init; }
    /// <summary>Null means no upper bound.</summary>
    public double? AgeToYears { get; init; }
    /// <summary><c>any</c>, <c>male</c> or <c>female</c>.</summary>
    public required string Sex { get; init; }
    public int AdequateIntakeMg { get; init; }
}

/// <summary>The one row that says which version of the shipped data the database holds.</summary>
public sealed class DataVersion
{
    public int Id { get; init; }
    public required string Version { get; set; }
    public DateTime LoadedAtUtc { get; set; }
}
