namespace CrampInfo.Web.Data;

/// <summary>A food of the USDA SR28 extract, with its minerals per 100 g edible portion.</summary>
public sealed class Food
{
    /// <summary>The weight the food table gives its figures for: milligrams in 100 g of the edible part.</summary>
    public const int BasisGrams = 100;

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

    /// <summary>The food's row in the everyday-foods list (its everyday name and plan portion); null off the list.</summary>
    public EverydayFood? Everyday { get; init; }

    /// <summary>The everyday-foods list's plan portion: what a person eats at one sitting. Null off the list.</summary>
    public Portion? PlanPortion => Everyday is { } everyday ? Portions.FirstOrDefault(p => p.Seq == everyday.PlanSeq) : null;

    /// <summary>The everyday name where the list has one, else the USDA description.</summary>
    public string DisplayName => Everyday?.Name ?? Description;
}

/// <summary>
/// A food of the everyday-foods list (SeedData/everyday-foods/README.md): the name people know it by, the other
/// words they use for it, the portion a plan offers, and whether that portion is potassium-rich.
/// </summary>
public sealed class EverydayFood
{
    public const string DriedFruitGroup = "dried fruit";

    /// <summary>A plan portion is what a person eats at one sitting, and never more than this.</summary>
    public const double MaxPlanPortionGrams = 250;

    /// <summary>
    /// A plan portion with more potassium than this is potassium-rich (when its group may be suggested): the
    /// National Kidney Foundation calls a serving with more than 200 mg high (SeedData/everyday-foods/README.md).
    /// </summary>
    public const int PotassiumRichAboveMg = 200;

    public required string Ndb { get; init; }
    /// <summary>The row's place in the list (0 first): search and the plan break ties by it.</summary>
    public int Position { get; init; }
    /// <summary>The list's food group: "fruit", "dried fruit", "vegetables", ... (the README gives them in order).</summary>
    public required string Group { get; init; }
    /// <summary>"Lentils, cooked", "Milk, 2%".</summary>
    public required string Name { get; init; }
    /// <summary>Other words people use for the food: synonyms, abbreviations, US and UK words.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    /// <summary>The <c>seq</c> of the portion a person eats at one sitting (at most 250 g).</summary>
    public int PlanSeq { get; init; }
    /// <summary>The plan portion holds more than the README's threshold of potassium, and the group may be suggested.</summary>
    public bool PotassiumRich { get; init; }

    public bool IsDriedFruit => Group == DriedFruitGroup;
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
