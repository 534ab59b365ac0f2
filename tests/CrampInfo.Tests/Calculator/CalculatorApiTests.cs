using System.Net.Http.Json;
using System.Text.Json;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Calculator;

/// <summary>The JSON API of the public interface, through the real app on SQLite.</summary>
[Collection(AppCollection.Name)]
public sealed class CalculatorApiTests(AppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> Get(string url)
    {
        var response = await app.Client.GetAsync(url, Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (response.StatusCode, body, response);
    }

    static List<string> Ndbs(JsonElement body) => body.GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("ndb").GetString()!).ToList();
    static List<string> Descriptions(JsonElement body) => body.GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("description").GetString()!).ToList();

    [Fact]
    public async Task Intake_for_the_interface_example_is_exactly_as_documented()
    {
        var (status, body, response) = await Get("/api/intake?age=45&sex=female&items=09040:5:2,11674:3:1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var target = body.GetProperty("target");
        Assert.Equal(2600, target.GetProperty("adequateIntakeMg").GetInt32());
        Assert.Equal("adult", target.GetProperty("lifeStage").GetString());
        Assert.Equal("female", target.GetProperty("sex").GetString());
        Assert.Equal("adequate-intake", target.GetProperty("kind").GetString());
        Assert.Contains("National Academies", target.GetProperty("source").GetString());

        var banana = body.GetProperty("items")[0];
        Assert.Equal("09040", banana.GetProperty("ndb").GetString());
        Assert.Equal("Bananas, raw", banana.GetProperty("description").GetString());
        Assert.Equal(5, banana.GetProperty("portionSeq").GetInt32());
        Assert.Equal("medium (7\" to 7-7/8\" long)", banana.GetProperty("portion").GetString());
        Assert.Equal(2, banana.GetProperty("quantity").GetDecimal());
        Assert.Equal(236, banana.GetProperty("grams").GetDecimal());
        Assert.Equal(845, banana.GetProperty("potassiumMg").GetInt32());
        Assert.Equal(64, banana.GetProperty("magnesiumMg").GetInt32());
        Assert.Equal(2, banana.GetProperty("sodiumMg").GetInt32());
        Assert.Equal(926, body.GetProperty("items")[1].GetProperty("potassiumMg").GetInt32());

        Assert.Equal(0, body.GetProperty("supplementMg").GetInt32());
        var totals = body.GetProperty("totals");
        Assert.Equal(1770, totals.GetProperty("potassiumMg").GetInt32());
        Assert.Equal(112, totals.GetProperty("magnesiumMg").GetInt32());
        Assert.Equal(0, totals.GetProperty("incomplete").GetArrayLength());
        Assert.Equal(68, body.GetProperty("percentOfTarget").GetInt32());
        Assert.Equal(830, body.GetProperty("remainingMg").GetInt32());

        Assert.Equal(JsonValueKind.Null, body.GetProperty("overLimitMg").ValueKind);
        Assert.Equal(JsonValueKind.Null, target.GetProperty("limitMg").ValueKind);
        Assert.True(body.TryGetProperty("suggestions", out _));
        Assert.True(body.TryGetProperty("coversRemaining", out _));
    }

    [Fact]
    public async Task Intake_without_age_has_null_target_percentage_and_remainder()
    {
        var (status, body, _) = await Get("/api/intake?items=09040:5:1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("percentOfTarget").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("remainingMg").ValueKind);
        Assert.Equal(422, body.GetProperty("totals").GetProperty("potassiumMg").GetInt32());

        var (_, adult, _) = await Get("/api/intake?age=30&items=09040:5:1");
        Assert.Equal(JsonValueKind.Null, adult.GetProperty("target").ValueKind);
        var (_, child, _) = await Get("/api/intake?age=5");
        Assert.Equal(2300, child.GetProperty("target").GetProperty("adequateIntakeMg").GetInt32());
    }

    [Fact]
    public async Task Intake_with_a_clinicians_limit_measures_against_it_and_suggests_nothing()
    {
        var (_, body, _) = await Get("/api/intake?age=70&sex=male&items=11674:3:3&limit-mg=2000");
        var target = body.GetProperty("target");
        Assert.Equal("clinician-limit", target.GetProperty("kind").GetString());
        Assert.Equal(2000, target.GetProperty("adequateIntakeMg").GetInt32());
        Assert.Equal(2777, body.GetProperty("totals").GetProperty("potassiumMg").GetInt32()); // 3 x 925.55 = 2776.65
        Assert.Equal(139, body.GetProperty("percentOfTarget").GetInt32());
        Assert.Equal(0, body.GetProperty("remainingMg").GetInt32());
        Assert.Equal(777, body.GetProperty("overLimitMg").GetInt32());
        Assert.Equal(2000, target.GetProperty("limitMg").GetInt32());
        Assert.Equal(0, body.GetProperty("suggestions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("coversRemaining").ValueKind);
    }

    [Fact]
    public async Task Intake_counts_supplements_in_mg_and_in_mEq_with_the_defaults()
    {
        var (_, mg, _) = await Get("/api/intake?supplement-mg=99&supplement-count=2");
        Assert.Equal(198, mg.GetProperty("supplementMg").GetInt32());
        Assert.Equal(198, mg.GetProperty("totals").GetProperty("potassiumMg").GetInt32());
        var (_, meq, _) = await Get("/api/intake?supplement-meq=10");
        Assert.Equal(391, meq.GetProperty("supplementMg").GetInt32());
        var (_, countOnly, _) = await Get("/api/intake?supplement-count=3");
        Assert.Equal(297, countOnly.GetProperty("supplementMg").GetInt32());
        var (_, chloride, _) = await Get("/api/intake?supplement-kcl-mg=1500&supplement-count=2");
        Assert.Equal(1573, chloride.GetProperty("supplementMg").GetInt32()); // 2 x 1,500 mg x 39.098 / 74.551
    }

    [Fact]
    public async Task Intake_gram_items_and_foods_without_magnesium()
    {
        using var foods = File.OpenText(Repo.File("src", "CrampInfo.Web", "SeedData", "usda-sr28", "foods.csv"));
        var ndbWithoutMagnesium = CrampInfo.Web.Data.Csv.Read(foods).Skip(1).First(r => r[4].Length == 0);
        var (status, body, _) = await Get($"/api/intake?items=09040:g:50,{ndbWithoutMagnesium[0]}:g:100");
        Assert.Equal(HttpStatusCode.OK, status);
        var gram = body.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, gram.GetProperty("portionSeq").ValueKind);
        Assert.Equal("g", gram.GetProperty("portion").GetString());
        Assert.Equal(179, gram.GetProperty("potassiumMg").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("items")[1].GetProperty("magnesiumMg").ValueKind);
        Assert.Equal(["magnesiumMg"], body.GetProperty("totals").GetProperty("incomplete").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("age=abc", "age")]
    [InlineData("items=12345:1:1", "items")]
    [InlineData("items=09040:99:1", "items")]
    [InlineData("supplement-mg=5000", "supplement-mg")]
    [InlineData("age=30&age=31", "age")]
    [InlineData("stage=pregnant&sex=male&age=30", "stage")]
    [InlineData("limit-mg=1", "limit-mg")]
    [InlineData("limit-mg=2%2C000", "limit-mg")]
    [InlineData("limit-meq=300", "limit-meq")]
    [InlineData("limit-mg=2000&limit-meq=60", "limit-meq")]
    [InlineData("supplement-kcl-mg=5000", "supplement-kcl-mg")]
    [InlineData("supplement-kcl-mg=750&supplement-meq=10", "supplement-kcl-mg")]
    public async Task Invalid_intake_queries_are_400_problem_details_keyed_by_parameter(string query, string key)
    {
        var (status, body, response) = await Get($"/api/intake?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty(key, out var messages), $"no errors.{key} in {body}");
        Assert.True(messages.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Unknown_food_and_portion_are_named_in_the_message()
    {
        var (_, body, _) = await Get("/api/intake?items=12345:1:1,09040:99:1");
        var messages = body.GetProperty("errors").GetProperty("items").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("no food number 12345"));
        Assert.Contains(messages, m => m.Contains("Bananas, raw (food 09040) has no portion 99"));
    }

    [Fact]
    public async Task Search_banana_finds_bananas_raw_first()
    {
        var (status, body, _) = await Get("/api/foods?q=banana");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("banana", body.GetProperty("query").GetString());
        var first = body.GetProperty("foods")[0];
        Assert.Equal("Bananas, raw", first.GetProperty("description").GetString());
        Assert.True(first.GetProperty("featured").GetBoolean());
        Assert.Equal(358, first.GetProperty("potassiumMgPer100g").GetDouble());
        var medium = first.GetProperty("portions").EnumerateArray().Single(p => p.GetProperty("seq").GetInt32() == 5);
        Assert.Equal(118, medium.GetProperty("grams").GetDouble());
        Assert.Equal(1, medium.GetProperty("amount").GetDouble());
        Assert.True(body.GetProperty("foods").GetArrayLength() <= 20);
        Assert.False(body.TryGetProperty("hint", out _));
    }

    [Theory]
    [InlineData("Banana")]
    [InlineData("BANANAS")]
    [InlineData("raw banana")]
    [InlineData("banana raw")]
    [InlineData("bananas,  raw!")]
    public async Task Search_ignores_case_plurals_punctuation_and_word_order(string query)
    {
        var (_, body, _) = await Get($"/api/foods?q={Uri.EscapeDataString(query)}");
        Assert.Equal("09040", Ndbs(body)[0]);
    }

    [Fact]
    public async Task Search_potato_lists_plain_potatoes_before_chips_and_mixed_dishes()
    {
        var (_, body, _) = await Get("/api/foods?q=potato&limit=50");
        var descriptions = Descriptions(body);
        Assert.Equal("11674", Ndbs(body)[0]);
        Assert.All(descriptions.Take(3), d => Assert.StartsWith("Potatoes, ", d));
        // Everyday foods come first, so chips and fast food are near the top, but after every everyday potato.
        var firstProcessed = descriptions.FindIndex(d => d.Contains("chips", StringComparison.OrdinalIgnoreCase) || d.StartsWith("Fast foods") || d.Contains("salad"));
        var lastEverydayPotato = body.GetProperty("foods").EnumerateArray().ToList()
            .FindLastIndex(f => f.GetProperty("name").GetString() is { } name && name.StartsWith("Potatoes, ") && !name.Contains("fast food"));
        Assert.True(firstProcessed > lastEverydayPotato, string.Join(" | ", descriptions));
    }

    [Fact]
    public async Task Search_prunes_finds_the_dried_plums_of_the_article_first()
    {
        var (_, body, _) = await Get("/api/foods?q=prunes");
        Assert.Equal("09291", Ndbs(body)[0]);
    }

    [Fact]
    public async Task Whole_foods_rank_above_baby_and_processed_foods_when_the_match_is_equally_good()
    {
        var (_, body, _) = await Get("/api/foods?q=apricots&limit=50");
        var groups = body.GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("foodGroup").GetString()).ToList();
        var firstBaby = groups.IndexOf("Baby Foods");
        var lastFruit = groups.LastIndexOf("Fruits and Fruit Juices");
        Assert.True(firstBaby < 0 || firstBaby > groups.IndexOf("Fruits and Fruit Juices"));
        Assert.True(lastFruit >= 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" b ")]
    [InlineData("%22%29")]
    public async Task A_one_letter_or_empty_query_gives_an_empty_list_and_a_hint(string query)
    {
        var (status, body, _) = await Get($"/api/foods?q={query}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("foods").GetArrayLength());
        Assert.Contains("at least 2 letters", body.GetProperty("hint").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("1.5")]
    public async Task A_limit_outside_1_to_50_is_a_400(string limit)
    {
        var (status, body, _) = await Get($"/api/foods?q=banana&limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task A_limit_caps_the_list()
    {
        var (_, body, _) = await Get("/api/foods?q=raw&limit=3");
        Assert.Equal(3, body.GetProperty("foods").GetArrayLength());
        var (_, fifty, _) = await Get("/api/foods?q=raw&limit=50");
        Assert.Equal(50, fifty.GetProperty("foods").GetArrayLength());
    }

    [Fact]
    public async Task Search_text_with_FTS_syntax_is_taken_as_words()
    {
        foreach (var q in new[] { "banana OR", "\"banana", "banana*", "NEAR(banana", "description:banana", "'; DROP TABLE foods; --" })
        {
            var (status, _, _) = await Get($"/api/foods?q={Uri.EscapeDataString(q)}");
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    [Fact]
    public async Task One_food_by_number_and_404_problem_details_otherwise()
    {
        var (status, body, _) = await Get("/api/foods/09291");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Plums, dried (prunes), uncooked", body.GetProperty("description").GetString());
        Assert.Equal(732, body.GetProperty("potassiumMgPer100g").GetDouble());

        foreach (var ndb in new[] { "12345", "9040", "abcde", "090400" })
        {
            var (missing, problem, response) = await Get($"/api/foods/{ndb}");
            Assert.Equal(HttpStatusCode.NotFound, missing);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task A_food_gives_its_everyday_name_and_a_food_off_the_list_gives_null()
    {
        var (_, banana, _) = await Get("/api/foods/09040");
        Assert.Equal("Bananas", banana.GetProperty("name").GetString());
        Assert.Equal("Bananas, raw", banana.GetProperty("description").GetString());

        var onList = CrampInfo.Web.Data.SeedData.EverydayFoods().Select(e => e.Ndb).ToHashSet();
        var offList = CrampInfo.Web.Data.SeedData.Foods().First(f => !onList.Contains(f.Ndb));
        var (_, other, _) = await Get($"/api/foods/{offList.Ndb}");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("name").ValueKind);

        var (_, search, _) = await Get("/api/foods?q=lentils");
        Assert.Equal("Lentils, cooked", search.GetProperty("foods")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_search_that_finds_nothing_offers_everyday_names_and_one_that_finds_offers_none()
    {
        var (status, body, _) = await Get("/api/foods?q=bnanaa");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("foods").GetArrayLength());
        Assert.Contains("Bananas", body.GetProperty("didYouMean").EnumerateArray().Select(n => n.GetString()));

        var (_, found, _) = await Get("/api/foods?q=banana");
        Assert.Equal(0, found.GetProperty("didYouMean").GetArrayLength());
    }

    [Fact]
    public async Task Foods_without_magnesium_or_sodium_give_null_not_zero()
    {
        using var foods = File.OpenText(Repo.File("src", "CrampInfo.Web", "SeedData", "usda-sr28", "foods.csv"));
        var row = CrampInfo.Web.Data.Csv.Read(foods).Skip(1).First(r => r[4].Length == 0 && r[5].Length > 0);
        var (_, body, _) = await Get($"/api/foods/{row[0]}");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("magnesiumMgPer100g").ValueKind);
        Assert.Equal(double.Parse(row[5], CultureInfo.InvariantCulture), body.GetProperty("sodiumMgPer100g").GetDouble());
    }

    [Fact]
    public async Task Reference_intakes_lists_the_18_rows_with_their_source()
    {
        var (status, body, _) = await Get("/api/reference-intakes");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Dietary Reference Intakes for Sodium and Potassium", body.GetProperty("source").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(18, rows.Count);
        var adultWomen = rows.Single(r => r.GetProperty("lifeStage").GetString() == "adult" && r.GetProperty("sex").GetString() == "female" && r.GetProperty("ageFromYears").GetDouble() == 19);
        Assert.Equal(51, adultWomen.GetProperty("ageToYears").GetDouble());
        Assert.Equal(2600, adultWomen.GetProperty("adequateIntakeMg").GetInt32());
        Assert.Contains(rows, r => r.GetProperty("ageToYears").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var (status, body, _) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/foods", paths);
        Assert.Contains("/api/foods/{ndb}", paths);
        Assert.Contains("/api/intake", paths);
        Assert.Contains("/api/reference-intakes", paths);

        // The intake call's parameters and the fields of its answer, new ones included.
        var intake = body.GetProperty("paths").GetProperty("/api/intake").GetProperty("get");
        var parameters = intake.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in new[] { "age", "sex", "stage", "items", "supplement-mg", "supplement-meq", "supplement-kcl-mg", "supplement-count", "limit-mg", "limit-meq" })
            Assert.Contains(name, parameters);
        var schemas = body.GetProperty("components").GetProperty("schemas");
        var intakeFields = schemas.GetProperty("IntakeJson").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in new[] { "target", "items", "totals", "percentOfTarget", "remainingMg", "overLimitMg", "suggestions", "coversRemaining" })
            Assert.Contains(field, intakeFields);
        Assert.Contains("limitMg", schemas.GetProperty("TargetJson").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Contains("grams", schemas.GetProperty("SuggestionJson").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.True(schemas.GetProperty("FoodJson").GetProperty("properties").TryGetProperty("name", out _));
        Assert.True(schemas.GetProperty("FoodSearchJson").GetProperty("properties").TryGetProperty("didYouMean", out _));
    }

    [Fact]
    public async Task The_API_is_readable_from_any_origin_and_answers_preflight()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/foods?q=banana");
        request.Headers.Add("Origin", "https://clinic.example");
        using var response = await app.Client.SendAsync(request, Cancel);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/intake");
        preflight.Headers.Add("Origin", "https://clinic.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await app.Client.SendAsync(preflight, Cancel);
        Assert.True(answer.IsSuccessStatusCode, $"preflight answered {answer.StatusCode}");
        Assert.Contains("GET", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }
}
