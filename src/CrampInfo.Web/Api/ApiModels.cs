using System.Text.Json.Serialization;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Api;

// The JSON shapes of the public interface (camelCase by the web defaults). Whole milligrams are rounded
// half away from zero; grams keep up to two decimals.

public sealed record PortionJson(int Seq, double Amount, string Measure, double Grams);

public sealed record FoodJson(
    string Ndb, string? Name, string Description, string FoodGroup,
    double PotassiumMgPer100g, double? MagnesiumMgPer100g, double? SodiumMgPer100g,
    bool Featured, IReadOnlyList<PortionJson> Portions)
{
    public static FoodJson From(Food food, bool featured) =>
        new(food.Ndb, food.Everyday?.Name, food.Description, food.FoodGroup, food.PotassiumMgPer100g, food.MagnesiumMgPer100g, food.SodiumMgPer100g,
            featured, food.Portions.OrderBy(p => p.Seq).Select(p => new PortionJson(p.Seq, p.Amount, p.Measure, p.Grams)).ToList());
}

/// <param name="DidYouMean">Everyday names near the query, offered only when no food matches it.</param>
public sealed record FoodSearchJson(
    string Query, IReadOnlyList<FoodJson> Foods, IReadOnlyList<string> DidYouMean,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Hint);

public sealed record ReferenceIntakeRowJson(string LifeStage, double AgeFromYears, double? AgeToYears, string Sex, int AdequateIntakeMg);

public sealed record ReferenceIntakesJson(string Source, IReadOnlyList<ReferenceIntakeRowJson> Rows)
{
    public static ReferenceIntakesJson From(AdequateIntakeTable table) =>
        new(IntakeJson.AdequateIntakeSource,
            table.Rows.Select(r => new ReferenceIntakeRowJson(r.LifeStage, r.AgeFromYears, r.AgeToYears, SexNames.Of(r.Sex), r.AdequateIntakeMg)).ToList());
}

/// <summary>What the day is measured against. With a clinician's limit, <c>adequateIntakeMg</c> is the limit too, and <c>limitMg</c> says so.</summary>
public sealed record TargetJson(long AdequateIntakeMg, long? LimitMg, string? LifeStage, string? Sex, string Kind, string Source);

public sealed record IntakeItemJson(
    string Ndb, string Description, int? PortionSeq, string Portion, decimal Quantity, decimal Grams,
    long PotassiumMg, long? MagnesiumMg, long? SodiumMg);

public sealed record TotalsJson(long PotassiumMg, long MagnesiumMg, long SodiumMg, IReadOnlyList<string> Incomplete);

/// <summary>One food of the plan: <c>count</c> plan portions, <c>grams</c> in all, by its everyday <c>name</c>.</summary>
public sealed record SuggestionJson(string Ndb, string Name, string Description, int PortionSeq, string Portion, int Count, decimal Grams, long PotassiumMg);

/// <summary>
/// The calculation (the public interface's INTAKE). <c>percentOfTarget</c> and <c>remainingMg</c> are null
/// without a measured target (none, or under 1 year); <c>limitMg</c> (in <c>target</c>) and <c>overLimitMg</c>
/// only with a clinician's limit; <c>suggestions</c> empty and <c>coversRemaining</c> null whenever no plan is shown.
/// </summary>
public sealed record IntakeJson(
    TargetJson? Target, IReadOnlyList<IntakeItemJson> Items, long SupplementMg, TotalsJson Totals,
    long? PercentOfTarget, long? RemainingMg, long? OverLimitMg, IReadOnlyList<SuggestionJson> Suggestions, bool? CoversRemaining)
{
    public const string AdequateIntakeSource =
        "National Academies of Sciences, Engineering, and Medicine. Dietary Reference Intakes for Sodium and Potassium. 2019 (Table S-1).";
    public const string ClinicianLimitSource = "A daily limit set by the person's clinician.";

    public static IntakeJson From(IntakeResult result, PlanOutcome plan) => new(
        result.Target is { } t
            ? new TargetJson(Rounding.Whole(t.Mg), t.Kind == TargetKind.ClinicianLimit ? Rounding.Whole(t.Mg) : null,
                t.Row?.LifeStage, t.Row is { } row ? SexNames.Of(row.Sex) : null,
                t.Kind == TargetKind.ClinicianLimit ? "clinician-limit" : "adequate-intake",
                t.Kind == TargetKind.ClinicianLimit ? ClinicianLimitSource : AdequateIntakeSource)
            : null,
        result.Items.Select(i => new IntakeItemJson(i.Food.Ndb, i.Food.Description, i.Food.PortionSeq, i.Food.Portion,
            Tidy(i.Food.Quantity), Tidy(Rounding.Grams(i.Food.Grams)),
            Rounding.Whole(i.PotassiumMg), Rounding.Whole(i.MagnesiumMg), Rounding.Whole(i.SodiumMg))).ToList(),
        Rounding.Whole(result.SupplementMg),
        new TotalsJson(Rounding.Whole(result.Totals.PotassiumMg), Rounding.Whole(result.Totals.MagnesiumMg), Rounding.Whole(result.Totals.SodiumMg),
            [.. result.Totals.MagnesiumIncomplete ? new[] { "magnesiumMg" } : [], .. result.Totals.SodiumIncomplete ? new[] { "sodiumMg" } : []]),
        Rounding.Whole(result.PercentOfTarget),
        Rounding.Whole(result.RemainingMg),
        Rounding.Whole(result.OverLimitMg),
        plan.Plan?.Items.Select(i => new SuggestionJson(i.Food.Ndb, i.Food.Name, i.Food.Description, i.Food.PortionSeq, i.Food.Portion,
            i.Count, Tidy(Rounding.Grams(i.Grams)), Rounding.Whole(i.PotassiumMg))).ToList() ?? [],
        plan.Plan?.CoversRemaining);

    /// <summary>19.0 becomes 19: the same number without trailing zeros.</summary>
    static decimal Tidy(decimal value) => value / 1.000000000000000000000000000000000m;
}
