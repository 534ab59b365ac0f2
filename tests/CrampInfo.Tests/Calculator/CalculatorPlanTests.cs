using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// The plan ("Foods that would close the gap") on the page and in the API, with a small hand-made list of plan
/// foods (<see cref="HandMadePlanFoods"/>): shown by everyday names, after the safety note, with the words
/// beside it; absent in every case where advice to eat more could be wrong.
/// </summary>
[Collection(PlanAppCollection.Name)]
public sealed class CalculatorPlanTests(PlanAppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<IDocument> Page(string url)
    {
        var response = await app.Client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
    }

    async Task<JsonElement> Api(string query)
    {
        var response = await app.Client.GetAsync($"/api/intake?{query}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    static string Text(IElement? element) => element is null ? "" : System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task The_interface_example_gets_one_food_by_its_everyday_name_after_the_safety_note()
    {
        // 830 mg to go: one medium baked potato (173 g, 926 mg) is the lightest single food that covers it
        // (2 x 85 g of salmon gives only 653 mg; a cup of cooked spinach, 839 mg, weighs 180 g).
        var page = await Page("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1");
        var plan = page.QuerySelector("#suggestions")!;
        var foods = plan.QuerySelectorAll(".plan-foods li").ToList();
        var food = Assert.Single(foods);
        Assert.Equal("1 × Potatoes, baked, with skin", Text(food.QuerySelector(".food-name")));
        Assert.Contains("potato medium, 173 g: 926 mg", Text(food));
        Assert.Equal("USDA: Potatoes, baked, flesh and skin, without salt", Text(food.QuerySelector(".usda-name")));
        Assert.Contains("would cover the 830 mg still to go", Text(plan));

        // The safety note comes first; beside the plan, that a low day is not a deficiency and potassium does not prevent cramps.
        var safety = page.QuerySelector("#safety")!;
        Assert.True(safety.CompareDocumentPosition(plan).HasFlag(DocumentPositions.Following));
        var context = Text(plan.QuerySelector(".plan-context"));
        Assert.Contains("a day below it is not a deficiency", context);
        Assert.Contains("eating more potassium is not known to prevent leg cramps", context);
    }

    [Fact]
    public async Task The_API_gives_the_plan_with_grams_everyday_names_and_whether_it_covers_the_gap()
    {
        var body = await Api("age=45&sex=female&items=09040:5:2,11674:3:1");
        var suggestion = Assert.Single(body.GetProperty("suggestions").EnumerateArray());
        Assert.Equal("11674", suggestion.GetProperty("ndb").GetString());
        Assert.Equal("Potatoes, baked, with skin", suggestion.GetProperty("name").GetString());
        Assert.Equal("Potatoes, baked, flesh and skin, without salt", suggestion.GetProperty("description").GetString());
        Assert.Equal("potato medium", suggestion.GetProperty("portion").GetString());
        Assert.Equal(1, suggestion.GetProperty("count").GetInt32());
        Assert.Equal(173, suggestion.GetProperty("grams").GetDecimal());
        Assert.Equal(926, suggestion.GetProperty("potassiumMg").GetInt32());
        Assert.True(body.GetProperty("coversRemaining").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("overLimitMg").ValueKind);
    }

    [Fact]
    public async Task A_gap_no_three_foods_cover_gets_the_three_that_give_the_most_and_says_that_is_fine_for_one_day()
    {
        // A child of 6 who ate one plum: 2,300 - 104 mg to go. At one portion of at most 175 g each, the three
        // that give the most (a potato, an avocado's cup, a banana: 2,076 mg) do not cover it.
        var page = await Page("/calculator?age=6&items=09279:2:1");
        var plan = page.QuerySelector("#suggestions")!;
        Assert.Equal(["1 × Bananas", "1 × Avocados", "1 × Potatoes, baked, with skin"], plan.QuerySelectorAll(".plan-foods .food-name").Select(Text));
        Assert.Contains("No three of our foods would cover all 2,196 mg still to go in one day", Text(plan));
        Assert.Contains("fine for one day", Text(plan));

        var body = await Api("age=6&items=09279:2:1");
        Assert.False(body.GetProperty("coversRemaining").GetBoolean());
        Assert.Equal(["09040", "09037", "11674"], body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("ndb").GetString()));
    }

    [Fact]
    public async Task Ages_4_to_8_get_one_portion_of_at_most_175_g_of_each_food()
    {
        foreach (var query in new[] { "age=6&items=09279:2:1", "age=8.5&items=09040:5:1", "age=4&items=09040:5:3" })
        {
            var suggestions = (await Api(query)).GetProperty("suggestions").EnumerateArray().ToList();
            Assert.NotEmpty(suggestions);
            Assert.All(suggestions, s => Assert.Equal(1, s.GetProperty("count").GetInt32()));
            Assert.All(suggestions, s => Assert.True(s.GetProperty("grams").GetDecimal() <= 175));
        }
    }

    [Fact]
    public async Task A_food_not_marked_potassium_rich_is_never_in_a_plan()
    {
        foreach (var query in new[] { "age=45&sex=female&items=09040:5:1", "age=30&sex=male&items=09279:2:1", "age=6&items=09040:5:1" })
        {
            var body = await Api(query);
            Assert.DoesNotContain("09021", body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("ndb").GetString()));
        }
    }

    /// <summary>Every case where the interface says no plan may show: absent from the page and empty in the API.</summary>
    [Theory]
    [InlineData("age=45&sex=female&items=09040:5:1&limit-mg=2000", null)]             // a limit
    [InlineData("age=45&sex=female&items=09040:5:1&limit-meq=60", null)]
    [InlineData("age=45&sex=female&items=09040:5:1&limit-mg=2%2C000", null)]          // a limit that cannot be read
    [InlineData("age=66&sex=male&items=09040:5:1&limit-mg=300", null)]
    [InlineData("age=0.5&items=09298:4:1", null)]                                     // a baby
    [InlineData("age=1&items=09040:5:1", "We do not suggest foods for children under 4")]
    [InlineData("age=3&sex=female&items=09040:5:1", "We do not suggest foods for children under 4")]
    [InlineData("age=45&sex=female&items=09040:5:1&supplement-mg=150", "needs a prescription")]
    [InlineData("age=45&sex=female&items=09040:5:1&supplement-meq=20&supplement-count=2", "needs a prescription")]
    [InlineData("age=45&sex=female&items=09040:5:1&supplement-kcl-mg=1500", "needs a prescription")]
    [InlineData("age=45&sex=female&items=09040:5:1&supplement-meq=20&supplement-count=0", "needs a prescription")]
    [InlineData("age=45&sex=female&items=09040:5:1&supplement-mg=abc", null)]          // a supplement field not valid
    [InlineData("age=45&sex=female&items=09040:5:1,12345:1:1", null)]                 // a food not valid
    [InlineData("age=abc&sex=female&items=09040:5:1", null)]
    [InlineData("age=45&items=09040:5:1", null)]                                      // no target
    [InlineData("age=45&sex=female", "Add the foods you ate today")]                  // no food yet
    [InlineData("age=45&sex=female&items=11674:3:5", null)]                           // nothing remains
    public async Task No_plan_where_advice_to_eat_more_could_be_wrong(string query, string? reason)
    {
        var page = await Page($"/calculator?{query}");
        Assert.Null(page.QuerySelector("#suggestions"));
        if (reason is null) Assert.Null(page.QuerySelector("#no-plan"));
        else Assert.Contains(reason, Text(page.QuerySelector("#no-plan")));

        var response = await app.Client.GetAsync($"/api/intake?{query}", Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(0, body.GetProperty("suggestions").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, body.GetProperty("coversRemaining").ValueKind);
        }
        else Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_limit_in_the_API_gives_limitMg_and_overLimitMg()
    {
        var under = await Api("age=66&sex=male&items=09040:5:1&limit-meq=60");
        Assert.Equal("clinician-limit", under.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(2346, under.GetProperty("target").GetProperty("adequateIntakeMg").GetInt32());
        Assert.Equal(2346, under.GetProperty("target").GetProperty("limitMg").GetInt32());
        Assert.Equal(0, under.GetProperty("overLimitMg").GetInt32());
        Assert.Equal(1924, under.GetProperty("remainingMg").GetInt32());

        var over = await Api("items=11674:3:3&limit-mg=2000");
        Assert.Equal(777, over.GetProperty("overLimitMg").GetInt32());
        Assert.Equal(2000, over.GetProperty("target").GetProperty("limitMg").GetInt32());
    }

    [Fact]
    public async Task A_baby_in_the_API_has_the_intake_for_the_age_and_no_percentage_or_remainder()
    {
        var body = await Api("age=0.5&items=09298:4:1");
        Assert.Equal(860, body.GetProperty("target").GetProperty("adequateIntakeMg").GetInt32());
        Assert.Equal("infant", body.GetProperty("target").GetProperty("lifeStage").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("target").GetProperty("limitMg").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("percentOfTarget").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("remainingMg").ValueKind);
        Assert.Equal(322, body.GetProperty("totals").GetProperty("potassiumMg").GetInt32());
    }
}
