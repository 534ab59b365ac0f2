namespace CrampInfo.Web.Intake;

/// <summary>
/// A food eaten: how much, and the food's minerals per 100 g. <see cref="PortionSeq"/> is null for an
/// amount in grams. Amounts are decimals so that rounding half away from zero rounds what a person would
/// compute by hand, not a binary approximation of it.
/// </summary>
public sealed record FoodEaten(
    string Ndb, string Description, int? PortionSeq, string Portion, decimal Quantity, decimal Grams,
    decimal PotassiumMgPer100g, decimal? MagnesiumMgPer100g, decimal? SodiumMgPer100g);

/// <summary>How a tablet's strength is written: potassium in mg (Supplement Facts panels), mEq, or the weight of potassium chloride (prescription labels).</summary>
public enum StrengthUnit { PotassiumMg, Meq, PotassiumChlorideMg }

/// <summary>The strength of one tablet as its label gives it.</summary>
public sealed record SupplementStrength(decimal Value, StrengthUnit Unit)
{
    /// <summary>The usual over-the-counter tablet, assumed when only a count of tablets is given.</summary>
    public static SupplementStrength Default => new((decimal)ReferenceFigures.OverTheCounterMaxMg.Value, StrengthUnit.PotassiumMg);

    /// <summary>Potassium in one tablet: mEq x 39.1, or potassium chloride x 52.44% (39.098 / 74.551).</summary>
    public decimal PotassiumMg => Unit switch
    {
        StrengthUnit.Meq => Value * ReferenceFigures.MgPerMeqDecimal,
        StrengthUnit.PotassiumChlorideMg => Value * ReferenceFigures.PotassiumShareOfPotassiumChloride,
        _ => Value,
    };

    /// <summary>
    /// A strength a clinician prescribes: more than the 99 mg of the usual shop tablet, or written the way
    /// prescriptions are (mEq, or the weight of potassium chloride). The prescriber manages that person's
    /// potassium, so the calculator then suggests no foods (the public interface, "Suggestions").
    /// </summary>
    public bool IsPrescriptionStrength =>
        Unit != StrengthUnit.PotassiumMg || PotassiumMg > (decimal)ReferenceFigures.OverTheCounterMaxMg.Value;
}

/// <summary>Supplement tablets taken a day.</summary>
public sealed record Supplement(SupplementStrength Strength, int Count)
{
    public decimal TotalMg => Strength.PotassiumMg * Count;
}

/// <summary>A daily limit as a clinician wrote it, in mg or in mEq.</summary>
public sealed record PotassiumLimit(decimal Value, bool InMeq)
{
    public decimal Mg => InMeq ? Value * ReferenceFigures.MgPerMeqDecimal : Value;
}

public enum TargetKind { AdequateIntake, ClinicianLimit }

/// <summary>What the day is measured against: the person's Adequate Intake, or a limit their clinician set.</summary>
/// <param name="Row">The person's Adequate Intake row, where age and sex were given (also with a clinician's limit).</param>
/// <param name="Limit">The clinician's limit as written, for <see cref="TargetKind.ClinicianLimit"/>.</param>
public sealed record Target(TargetKind Kind, decimal Mg, AdequateIntake? Row, PotassiumLimit? Limit = null)
{
    public static Target AdequateIntakeOf(AdequateIntake row) => new(TargetKind.AdequateIntake, row.AdequateIntakeMg, row);

    public static Target ClinicianLimit(PotassiumLimit limit, AdequateIntake? row) => new(TargetKind.ClinicianLimit, limit.Mg, row, limit);

    /// <summary>
    /// A baby's Adequate Intake is shown but the day is not measured against it: the infant intakes come from
    /// breast milk, not from a food log (the public interface, "Validation").
    /// </summary>
    public bool IsMeasured => Kind == TargetKind.ClinicianLimit || Row is not { IsInfant: true };
}

public sealed record ItemAmounts(FoodEaten Food, decimal PotassiumMg, decimal? MagnesiumMg, decimal? SodiumMg);

public sealed record Totals(decimal PotassiumMg, decimal MagnesiumMg, decimal SodiumMg, bool MagnesiumIncomplete, bool SodiumIncomplete);

/// <summary>
/// A day's intake, unrounded: round only for display (<see cref="Rounding"/>). <see cref="Items"/> are in the
/// order the foods were given. <see cref="PercentOfTarget"/> and <see cref="RemainingMg"/> are null without a
/// measured target; <see cref="OverLimitMg"/> is null unless the target is a clinician's limit.
/// </summary>
public sealed record IntakeResult(
    IReadOnlyList<ItemAmounts> Items, decimal SupplementMg, Totals Totals, Target? Target,
    decimal? PercentOfTarget, decimal? RemainingMg, decimal? OverLimitMg);

/// <summary>
/// The calculator's arithmetic (the public interface, "Arithmetic"): grams x per-100 g values, totals summed
/// unrounded, the share of the target and what remains. Knows nothing of HTTP or the database.
/// </summary>
public static class IntakeCalculator
{
    public static IntakeResult Calculate(IReadOnlyList<FoodEaten> foods, Supplement? supplement, Target? target)
    {
        var items = foods.Select(Amounts).ToList();
        var supplementMg = supplement?.TotalMg ?? 0;
        var totals = new Totals(
            items.Sum(i => i.PotassiumMg) + supplementMg,
            items.Sum(i => i.MagnesiumMg ?? 0),
            items.Sum(i => i.SodiumMg ?? 0),
            items.Any(i => i.MagnesiumMg is null),
            items.Any(i => i.SodiumMg is null));

        if (target is null || !target.IsMeasured)
            return new IntakeResult(items, supplementMg, totals, target, null, null, null);

        var percent = totals.PotassiumMg / target.Mg * 100;
        var remaining = Math.Max(0, target.Mg - totals.PotassiumMg);
        var over = target.Kind == TargetKind.ClinicianLimit ? Math.Max(0, totals.PotassiumMg - target.Mg) : (decimal?)null;
        return new IntakeResult(items, supplementMg, totals, target, percent, remaining, over);
    }

    public static ItemAmounts Amounts(FoodEaten food) => new(food,
        Per100g(food.PotassiumMgPer100g, food.Grams),
        food.MagnesiumMgPer100g is { } mg ? Per100g(mg, food.Grams) : null,
        food.SodiumMgPer100g is { } na ? Per100g(na, food.Grams) : null);

    public static decimal Per100g(decimal perHundredGrams, decimal grams) => perHundredGrams * grams / 100;
}

/// <summary>Rounding for display: whole numbers, half away from zero (the public interface's rule).</summary>
public static class Rounding
{
    public static long Whole(decimal value) => (long)Math.Round(value, 0, MidpointRounding.AwayFromZero);

    public static long? Whole(decimal? value) => value is { } v ? Whole(v) : null;

    /// <summary>Grams keep up to two decimals (9.5 g, 4.75 g), without binary noise.</summary>
    public static decimal Grams(decimal grams) => Math.Round(grams, 2, MidpointRounding.AwayFromZero);
}
