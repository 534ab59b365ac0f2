namespace CrampInfo.Web.Intake;

/// <summary>
/// A food eaten: how much, and the food's minerals per 100 g. <see cref="PortionSeq"/> is null for an
/// amount in grams. Amounts are decimals so that rounding half away from zero rounds what a person would
/// compute by hand, not a binary approximation of it.
/// </summary>
public sealed record FoodEaten(
    string Ndb, string Description, int? PortionSeq, string Portion, decimal Quantity, decimal Grams,
    decimal PotassiumMgPer100g, decimal? MagnesiumMgPer100g, decimal? SodiumMgPer100g);

/// <summary>Supplement tablets taken a day, each of <see cref="StrengthMg"/> mg potassium.</summary>
public sealed record Supplement(decimal StrengthMg, int Count)
{
    public decimal TotalMg => StrengthMg * Count;
}

public enum TargetKind { AdequateIntake, ClinicianLimit }

/// <summary>What the day is measured against: the person's Adequate Intake, or a limit their clinician set.</summary>
/// <param name="Row">The person's Adequate Intake row, where age and sex were given (also with a clinician's limit).</param>
public sealed record Target(TargetKind Kind, decimal Mg, AdequateIntake? Row);

/// <summary>A food offered to close the gap, in its common portion.</summary>
public sealed record SuggestionFood(string Ndb, string Description, int Seq, string Portion, decimal PortionPotassiumMg,
    string? SingularName = null, string? PluralName = null);

public sealed record ItemAmounts(FoodEaten Food, decimal PotassiumMg, decimal? MagnesiumMg, decimal? SodiumMg);

public sealed record Suggestion(SuggestionFood Food, int Count, decimal PotassiumMg);

public sealed record Totals(decimal PotassiumMg, decimal MagnesiumMg, decimal SodiumMg, bool MagnesiumIncomplete, bool SodiumIncomplete);

/// <summary>A day's intake, unrounded: round only for display (<see cref="Rounding"/>).</summary>
public sealed record IntakeResult(
    IReadOnlyList<ItemAmounts> Items, decimal SupplementMg, Totals Totals, Target? Target,
    decimal? PercentOfTarget, decimal? RemainingMg, decimal? OverLimitMg, IReadOnlyList<Suggestion> Suggestions);

/// <summary>
/// The calculator's arithmetic (the public interface, "Arithmetic"): grams x per-100 g values, totals summed
/// unrounded, the share of the target, what remains, and how many common portions of each suggested
/// food would cover it, fewest first. Knows nothing of HTTP or the database.
/// </summary>
public static class IntakeCalculator
{
    public static IntakeResult Calculate(
        IReadOnlyList<FoodEaten> foods, Supplement? supplement, Target? target, IReadOnlyList<SuggestionFood> suggestionFoods)
    {
        var items = foods.Select(f => new ItemAmounts(f,
            Per100g(f.PotassiumMgPer100g, f.Grams),
            f.MagnesiumMgPer100g is { } mg ? Per100g(mg, f.Grams) : null,
            f.SodiumMgPer100g is { } na ? Per100g(na, f.Grams) : null)).ToList();

        var supplementMg = supplement?.TotalMg ?? 0;
        var totals = new Totals(
            items.Sum(i => i.PotassiumMg) + supplementMg,
            items.Sum(i => i.MagnesiumMg ?? 0),
            items.Sum(i => i.SodiumMg ?? 0),
            items.Any(i => i.MagnesiumMg is null),
            items.Any(i => i.SodiumMg is null));

        if (target is null)
            return new IntakeResult(items, supplementMg, totals, null, null, null, null, []);

        var percent = totals.PotassiumMg / target.Mg * 100;
        var remaining = Math.Max(0, target.Mg - totals.PotassiumMg);
        var over = target.Kind == TargetKind.ClinicianLimit ? Math.Max(0, totals.PotassiumMg - target.Mg) : (decimal?)null;
        var suggestions = target.Kind == TargetKind.AdequateIntake ? Suggest(remaining, suggestionFoods) : [];
        return new IntakeResult(items, supplementMg, totals, target, percent, remaining, over, suggestions);
    }

    /// <summary>For each food, the fewest whole portions that cover <paramref name="remainingMg"/>; fewest first.</summary>
    public static IReadOnlyList<Suggestion> Suggest(decimal remainingMg, IReadOnlyList<SuggestionFood> foods)
    {
        if (remainingMg <= 0) return [];
        return foods
            .Where(f => f.PortionPotassiumMg > 0)
            .Select(f =>
            {
                var count = (int)Math.Ceiling(remainingMg / f.PortionPotassiumMg);
                return new Suggestion(f, count, count * f.PortionPotassiumMg);
            })
            .OrderBy(s => s.Count)
            .ThenByDescending(s => s.Food.PortionPotassiumMg)
            .ToList();
    }

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
