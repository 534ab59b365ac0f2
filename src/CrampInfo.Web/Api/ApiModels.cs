using System.Text.Json.Serialization;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Pages.Calculator;

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
            table.Rows.Select(r => new ReferenceIntakeRowJson(r.LifeStage, r.AgeFromYears, r.AgeToYears, r.Sex, r.AdequateIntakeMg)).ToList());
}

public sealed record TargetJson(long AdequateIntakeMg, string? LifeStage, string? Sex, string Kind, string Source);

public sealed record IntakeItemJson(
    string Ndb, string Description, int? PortionSeq, string Portion, decimal Quantity, decimal Grams,
    long PotassiumMg, long? MagnesiumMg, long? SodiumMg);

public sealed record TotalsJson(long PotassiumMg, long MagnesiumMg, long SodiumMg, IReadOnlyList<string> Incomplete);

public sealed record SuggestionJson(string Ndb, string Description, string Portion, int Count, long PotassiumMg);

public sealed record IntakeJson(
    TargetJson? Target, IReadOnlyList<IntakeItemJson> Items, long SupplementMg, TotalsJson Totals,
    long? PercentOfTarget, long? RemainingMg, IReadOnlyList<SuggestionJson> Suggestions)
{
    public const string AdequateIntakeSource =
        "National Academies of Sciences, Engineering, and Medicine. Dietary Reference Intakes for Sodium and Potassium. 2019 (Table S-1).";
    public const string ClinicianLimitSource = "A daily limit set by the person's clinician.";

    public static IntakeJson From(IntakeResult result) => new(
        result.Target is { } t
            ? new TargetJson(Rounding.Whole(t.Mg), t.Row?.LifeStage, t.Row?.Sex,
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
        result.Suggestions.Select(s => new SuggestionJson(s.Food.Ndb, s.Food.Description, s.Food.Portion, s.Count, Rounding.Whole(s.PotassiumMg))).ToList());

    /// <summary>19.0 becomes 19: the same number without trailing zeros.</summary>
    static decimal Tidy(decimal value) => value / 1.000000000000000000000000000000000m;
}
