using CrampInfo.Web.Intake;
using CrampInfo.Web.Pages.Calculator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// The calculator's one pass without the app: the query string read once into typed values, each message
/// given once and keyed by parameter or item, and what a wrong or missing value means for the target,
/// the tablets and the plan.
/// </summary>
public sealed class CalculatorReadingTests
{
    static IReadOnlyList<CalculatorError> Errors(string query) => OnePass.Evaluate(query).Errors;

    static string Message(string query, string parameter) =>
        Assert.Single(Errors(query), e => e.Parameter == parameter && e.ItemIndex is null).Message;

    [Theory]
    [InlineData("")]
    [InlineData("age=45&sex=female&items=09040:5:2")]
    [InlineData("age=0")]
    [InlineData("age=120&sex=male")]
    [InlineData("age=0.5")]
    [InlineData("age=30&sex=female&stage=pregnant")]
    [InlineData("age=14&sex=female&stage=lactating")]
    [InlineData("age=50.9&sex=female&stage=pregnant")]
    [InlineData("items=09040:5:42")]
    [InlineData("items=09040:g:5000")]
    [InlineData("items=09040:5:0.01")]
    [InlineData("supplement-mg=1&supplement-count=20")]
    [InlineData("supplement-mg=2000")]
    [InlineData("supplement-meq=0.1")]
    [InlineData("supplement-meq=50&supplement-count=0")]
    [InlineData("supplement-kcl-mg=1")]
    [InlineData("supplement-kcl-mg=3700&supplement-count=2")]
    [InlineData("supplement-count=2")]
    [InlineData("limit-mg=500")]
    [InlineData("limit-mg=10000")]
    [InlineData("limit-meq=13")]
    [InlineData("limit-meq=255")]
    [InlineData("sex=Female")]
    [InlineData("items=09040:5:1&items=09040:1:1")]
    [InlineData("embed=1&utm_source=clinic")]
    [InlineData("age=&limit-mg=&supplement-mg=")] // a blank field counts as absent
    public void Valid_queries_pass(string query) => Assert.Empty(Errors(query));

    [Theory]
    [InlineData("age=abc", "age", "Age \"abc\" is not a number")]
    [InlineData("age=-1", "age", "Age -1 is outside the range this calculator covers: 0 to 120 years")]
    [InlineData("age=121", "age", "0 to 120")]
    [InlineData("age=4,5", "age", "\"4,5\" is not a number")]
    [InlineData("age=NaN", "age", "\"NaN\" is not a number")]
    [InlineData("age=1e309", "age", "\"1e309\" is not a number")]
    [InlineData("sex=other", "sex", "Sex \"other\" is not one of the choices: female or male")]
    [InlineData("stage=pregnant&sex=male&age=30", "stage", "Pregnancy applies only with sex female")]
    [InlineData("stage=pregnant&sex=female", "stage", "Pregnancy needs an age from 14 to 50")]
    [InlineData("stage=lactating&sex=female&age=13", "stage", "Breastfeeding applies to ages 14 to 50; age 13 is outside that")]
    [InlineData("stage=expecting&sex=female&age=30", "stage", "\"expecting\" is not one of the choices")]
    [InlineData("supplement-mg=0", "supplement-mg", "Supplement strength 0 mg is outside the range 1 to 2,000 mg")]
    [InlineData("supplement-meq=0.05", "supplement-meq", "0.05 mEq is outside the range 0.1 to 50 mEq")]
    [InlineData("supplement-kcl-mg=3701", "supplement-kcl-mg", "3,701 mg of potassium chloride is outside the range 1 to 3,700")]
    [InlineData("supplement-meq=5&supplement-mg=99", "supplement-meq", "one way")]
    [InlineData("supplement-kcl-mg=750&supplement-mg=99", "supplement-kcl-mg", "one way")]
    [InlineData("supplement-count=21", "supplement-count", "\"21\" must be a whole number from 0 to 20")]
    [InlineData("supplement-count=1.5", "supplement-count", "\"1.5\" must be a whole number")]
    [InlineData("limit-mg=499", "limit-mg", "The daily limit 499 mg is outside the range 500 to 10,000 mg")]
    [InlineData("limit-mg=60", "limit-mg", "If your limit is 60 mEq, give it in mEq (60 mEq is 2,346 mg)")]
    [InlineData("limit-mg=2", "limit-mg", "If your limit is 2 grams, that is 2,000 mg")]
    [InlineData("limit-mg=2%2C000", "limit-mg", "The daily limit \"2,000\" is not a number")]
    [InlineData("limit-meq=12", "limit-meq", "The daily limit 12 mEq is outside the range 13 to 255 mEq")]
    [InlineData("limit-meq=2000", "limit-meq", "If your limit is 2,000 mg, give it in mg")]
    [InlineData("limit-meq=60&limit-mg=2000", "limit-meq", "in mg or in mEq, not both")]
    [InlineData("age=30&age=40", "age", "\"age\" was given more than once")]
    [InlineData("limit-meq=60&limit-meq=60", "limit-meq", "more than once")]
    public void Each_rule_names_the_value_and_the_rule(string query, string parameter, string expected) =>
        Assert.Contains(expected, Message(query, parameter));

    [Theory]
    [InlineData("09040:5", "write it as food number, portion and quantity")]
    [InlineData("9040:5:1", "the food number \"9040\" must be exactly 5 digits")]
    [InlineData("12345:1:1", "there is no food number 12345 in the food table")]
    [InlineData("09040:99:1", "Bananas, raw (food 09040) has no portion 99. Its portions are 1, 2, 3, 4, 5, 6, 7, 8, or g for grams")]
    [InlineData("09040:x:1", "the portion \"x\" must be one of the food's portion numbers")]
    [InlineData("09040:5:", "the quantity is missing")]
    [InlineData("09040:5:two", "the quantity \"two\" is not a number")]
    [InlineData("09040:5:0", "the quantity 0 is outside the range: above 0 and at most 100")]
    [InlineData("09040:5:101", "at most 100")]
    [InlineData("09040:1:25", "25 x cup, mashed weighs 5,625 g; one food can be at most 5,000 g")]
    [InlineData("09040:g:5001", "5,001 g is outside the range: above 0 and at most 5,000 g")]
    [InlineData("09040:g:0", "0 g is outside the range")]
    public void Each_item_rule_names_the_item_and_is_keyed_items_with_its_index(string item, string expected)
    {
        var error = Assert.Single(Errors($"items=09040:5:1,{item}"));
        Assert.Equal("items", error.Parameter);
        Assert.Equal(1, error.ItemIndex);
        Assert.StartsWith($"Food 2 (\"{item}\")", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("age=abc&stage=pregnant&sex=female", "age")]                 // the stage is not checked against an unreadable age
    [InlineData("age=130&stage=pregnant&sex=female", "age")]                 // nor against one out of range
    [InlineData("sex=x&stage=pregnant&age=30", "sex")]
    [InlineData("supplement-meq=99&supplement-mg=5", "supplement-meq")]      // "one way", not also "out of range"
    [InlineData("limit-meq=1&limit-mg=2000", "limit-meq")]
    [InlineData("age=30&age=abc", "age")]                                    // repeated, not also "not a number"
    public void A_value_gets_one_message_however_many_rules_it_breaks(string query, string parameter)
    {
        var error = Assert.Single(Errors(query));
        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void More_than_30_items_is_an_error_and_only_the_first_30_are_looked_at()
    {
        var items = string.Join(',', Enumerable.Repeat("09040:5:1", 31));
        var calculation = OnePass.Evaluate($"items={items},99999:1:1");
        var error = Assert.Single(calculation.Errors);
        Assert.Equal("items", error.Parameter);
        Assert.Null(error.ItemIndex);
        Assert.Contains("There are 32 foods in the list; the calculator takes at most 30", error.Message);
        Assert.Equal(30, calculation.Lines.Count);
    }

    [Fact]
    public void A_huge_value_is_quoted_short_and_without_control_characters()
    {
        var quoted = CalculatorMessages.Quote(new string('9', 5000) + "\0");
        Assert.True(quoted.Length < 50);
        Assert.EndsWith("...\"", quoted);
        Assert.DoesNotContain('\0', CalculatorMessages.Quote("a\0b"));
    }

    [Fact]
    public void Repeated_items_parameters_are_joined_not_rejected()
    {
        var text = CalculatorText.FromQuery(new QueryCollection(new Dictionary<string, StringValues> { ["items"] = new(["09040:5:1", "09040:1:1,"]) }));
        Assert.Equal(["09040:5:1", "09040:1:1"], text.Items);
        Assert.Empty(text.Repeated);
    }

    [Fact]
    public void Each_row_carries_its_own_food_amounts_and_messages_by_index()
    {
        var calculation = OnePass.Evaluate("items=09040:5:1,09040:99:1,11674:3:1");
        Assert.Equal([0, 1, 2], calculation.Lines.Select(l => l.Item.Index));
        Assert.Equal(422.44m, calculation.Lines[0].Amounts!.PotassiumMg);
        Assert.Null(calculation.Lines[1].Amounts);
        Assert.Contains("has no portion 99", Assert.Single(calculation.Lines[1].Errors));
        Assert.Equal(925.55m, calculation.Lines[2].Amounts!.PotassiumMg);
        Assert.Equal(422.44m + 925.55m, calculation.Result.Totals.PotassiumMg);
    }

    // A wrong target is worse than none.

    [Theory]
    [InlineData("age=abc&sex=female&items=09040:5:1")]
    [InlineData("age=66&sex=x&items=09040:5:1")]
    [InlineData("age=66&sex=female&stage=pregnant&items=09040:5:1")]
    [InlineData("age=66&sex=male&items=09040:5:1&limit-mg=2%2C000")]   // the issue: a limit typed "2,000" fell back to the Adequate Intake
    [InlineData("age=66&sex=male&items=09040:5:1&limit-mg=300")]
    [InlineData("age=66&sex=male&items=09040:5:1&limit-meq=abc")]
    [InlineData("age=66&sex=male&items=09040:5:1&limit-mg=2000&limit-meq=60")]
    public void An_invalid_age_sex_stage_or_limit_means_no_target_no_percentage_nothing_to_go_and_no_plan(string query)
    {
        var calculation = OnePass.Evaluate(query);
        Assert.True(calculation.TargetFieldInvalid);
        Assert.Null(calculation.Result.Target);
        Assert.Null(calculation.Result.PercentOfTarget);
        Assert.Null(calculation.Result.RemainingMg);
        Assert.Null(calculation.Plan.Plan);
        Assert.Equal(422.44m, calculation.Result.Totals.PotassiumMg); // the valid food is still counted
    }

    [Theory]
    [InlineData("supplement-mg=abc")]
    [InlineData("supplement-meq=99")]
    [InlineData("supplement-kcl-mg=0")]
    [InlineData("supplement-count=50")]
    [InlineData("supplement-mg=50&supplement-meq=2")]
    public void An_invalid_supplement_field_means_tablets_not_counted_and_no_plan_but_the_target_stays(string supplement)
    {
        var calculation = OnePass.Evaluate($"age=45&sex=female&items=09040:5:1&{supplement}");
        Assert.Null(calculation.Supplement);
        Assert.Equal(0, calculation.Result.SupplementMg);
        Assert.Equal(422.44m, calculation.Result.Totals.PotassiumMg);
        Assert.Equal(2600, calculation.Result.Target!.Mg);
        Assert.Null(calculation.Plan.Plan);
        Assert.Equal(NoPlanReason.InvalidField, calculation.Plan.Reason);
    }

    [Fact]
    public void An_invalid_food_means_no_plan_but_the_valid_ones_are_counted_against_the_target()
    {
        var calculation = OnePass.Evaluate("age=45&sex=female&items=09040:5:1,12345:1:1");
        Assert.Equal(422.44m, calculation.Result.Totals.PotassiumMg);
        Assert.Equal(2600 - 422.44m, calculation.Result.RemainingMg);
        Assert.Null(calculation.Plan.Plan);
    }

    [Theory]
    [InlineData("0", 400)]
    [InlineData("0.3", 400)]
    [InlineData("0.5", 860)]
    [InlineData("0.99", 860)]
    public void Under_1_year_the_intake_for_the_age_with_no_percentage_nothing_to_go_and_no_plan(string age, int mg)
    {
        var calculation = OnePass.Evaluate($"age={age}&items=09298:4:1");
        Assert.Equal(mg, calculation.Result.Target!.Mg);
        Assert.True(calculation.Result.Target.Row!.IsInfant);
        Assert.Null(calculation.Result.PercentOfTarget);
        Assert.Null(calculation.Result.RemainingMg);
        Assert.Null(calculation.Plan.Plan);
        Assert.Equal(NoPlanReason.Infant, calculation.Plan.Reason);
    }

    [Theory]
    [InlineData("limit-mg=2000", 2000, false)]
    [InlineData("limit-meq=60", 2346, true)]
    public void A_limit_in_mg_or_mEq_is_the_target_and_there_is_no_plan(string limit, decimal mg, bool inMeq)
    {
        var calculation = OnePass.Evaluate($"age=66&sex=male&items=09040:5:1&{limit}");
        var target = calculation.Result.Target!;
        Assert.Equal(TargetKind.ClinicianLimit, target.Kind);
        Assert.Equal(mg, target.Mg);
        Assert.Equal(inMeq, target.Limit!.InMeq);
        Assert.Equal(0, calculation.Result.OverLimitMg);
        Assert.Equal(mg - 422.44m, calculation.Result.RemainingMg);
        Assert.Equal(NoPlanReason.ClinicianLimit, calculation.Plan.Reason);
    }

    [Theory]
    [InlineData("supplement-mg=99&supplement-count=2", 198, false)]
    [InlineData("supplement-count=3", 297, false)]                  // 99 mg by default
    [InlineData("supplement-mg=150", 150, true)]                    // one tablet by default
    [InlineData("supplement-meq=20&supplement-count=2", 1564, true)] // the review: 20 mEq twice a day
    [InlineData("supplement-kcl-mg=1500", 787, true)]               // the issue: "potassium chloride 1,500 mg" is 787 mg
    [InlineData("supplement-meq=20&supplement-count=0", 0, true)]   // "whatever the count"
    public void Tablets_count_in_mg_mEq_or_as_potassium_chloride_and_prescription_strengths_get_no_plan(string supplement, long mg, bool prescription)
    {
        var calculation = OnePass.Evaluate($"age=45&sex=female&items=09040:5:1&{supplement}");
        Assert.Equal(mg, Rounding.Whole(calculation.Result.SupplementMg));
        Assert.Equal(prescription, calculation.Plan.Reason == NoPlanReason.PrescriptionStrength);
        Assert.Equal(!prescription, calculation.Plan.Plan is not null);
    }

    [Theory]
    [InlineData("age=1", NoPlanReason.YoungChild)]
    [InlineData("age=3.5", NoPlanReason.YoungChild)]
    [InlineData("age=45&sex=female", null)]
    [InlineData("age=45", NoPlanReason.NoTarget)]
    [InlineData("age=6", null)]
    public void A_plan_only_from_age_4_with_a_target(string person, NoPlanReason? reason)
    {
        var calculation = OnePass.Evaluate($"{person}&items=09040:5:1");
        Assert.Equal(reason, calculation.Plan.Reason);
        Assert.Equal(reason is null, calculation.Plan.Plan is not null);
    }

    [Fact]
    public void A_day_without_food_gets_no_plan()
    {
        var calculation = OnePass.Evaluate("age=45&sex=female");
        Assert.Equal(2600, calculation.Result.RemainingMg);
        Assert.Equal(NoPlanReason.NoFoodsEntered, calculation.Plan.Reason);
    }

    [Fact]
    public void The_plan_is_drawn_from_the_candidates_within_the_caps()
    {
        var calculation = OnePass.Evaluate("age=45&sex=female&items=09040:5:2,11674:3:1");
        var plan = calculation.Plan.Plan!;
        Assert.True(plan.CoversRemaining);
        Assert.True(plan.PotassiumMg >= calculation.Result.RemainingMg);
        Assert.All(plan.Items, i => Assert.Contains(i.Food, Intake.GapPlannerTests.Foods));
    }
}
