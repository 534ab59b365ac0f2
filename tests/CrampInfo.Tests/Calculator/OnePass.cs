using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Pages.Calculator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// The calculator's whole pass (read, check, calculate, plan) without the app: the shipped food table and
/// intakes read from the seed data once, and hand-made plan candidates unless a test gives others.
/// </summary>
public static class OnePass
{
    public static readonly AdequateIntakeTable Intakes = new(SeedData.ReferenceIntakes()
        .Select(r => new AdequateIntake(r.LifeStage, r.AgeFromYears, r.AgeToYears, SexNames.Parse(r.Sex), r.AdequateIntakeMg)).ToList());

    /// <summary>The shipped food table (with the everyday-foods list), as the app reads it.</summary>
    public static Food? Food(string ndb) => Search.ShippedFoodTable.Table.Find(ndb);

    public static IQueryCollection Query(string query) => new QueryCollection(QueryHelpers.ParseQuery(query));

    /// <summary>The calculation for a query string ("age=45&amp;items=...", with or without "?").</summary>
    public static Calculation Evaluate(string query, IReadOnlyList<PlanCandidate>? candidates = null) =>
        CalculatorEvaluator.Evaluate(CalculatorText.FromQuery(Query(query)), Food, Validator, Intakes,
            candidates is null ? HandMade : new PlanFoods(candidates));

    static readonly CalculatorInputValidator Validator = new();
    static readonly PlanFoods HandMade = new(Intake.GapPlannerTests.Foods);

    /// <summary>The calculation for a submitted no-JavaScript form that was refused.</summary>
    public static Calculation Evaluate(CalculatorForm.Reading reading) =>
        CalculatorEvaluator.Evaluate(reading.Text, Food, Validator, Intakes, HandMade, reading.Refused);
}
