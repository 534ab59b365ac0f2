using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Pages.Calculator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// The calculator's whole pass (read, check, calculate, plan) without the app: the shipped food table and
/// intakes read from the seed data once, and hand-made plan candidates.
/// </summary>
public static class OnePass
{
    static readonly Lazy<Dictionary<string, Food>> foods = new(() =>
    {
        var all = SeedData.Foods().ToDictionary(f => f.Ndb);
        foreach (var portion in SeedData.Portions().OrderBy(p => p.Seq)) all[portion.Ndb].Portions.Add(portion);
        return all;
    });

    public static readonly AdequateIntakeTable Intakes = new(SeedData.ReferenceIntakes()
        .Select(r => new AdequateIntake(r.LifeStage, r.AgeFromYears, r.AgeToYears, SexNames.Parse(r.Sex), r.AdequateIntakeMg)).ToList());

    public static Food? Food(string ndb) => foods.Value.GetValueOrDefault(ndb);

    public static IQueryCollection Query(string query) => new QueryCollection(QueryHelpers.ParseQuery(query));

    /// <summary>The calculation for a query string ("age=45&amp;items=...", with or without "?").</summary>
    public static Calculation Evaluate(string query, IReadOnlyList<PlanCandidate>? candidates = null) =>
        CalculatorEvaluator.Evaluate(CalculatorText.FromQuery(Query(query)), Food, new CalculatorInputValidator(), Intakes,
            candidates ?? Intake.GapPlannerTests.Foods);

    /// <summary>The calculation for a submitted no-JavaScript form that was refused.</summary>
    public static Calculation Evaluate(CalculatorForm.Reading reading) =>
        CalculatorEvaluator.Evaluate(reading.Text, Food, new CalculatorInputValidator(), Intakes, Intake.GapPlannerTests.Foods, reading.Refused);
}
