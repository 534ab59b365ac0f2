using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Calculator;

/// <summary>The calculator page with JavaScript off: GET forms, 303s to the canonical link, messages beside fields.</summary>
[Collection(AppCollection.Name)]
public sealed class CalculatorPageTests(AppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<(HttpResponseMessage Response, IDocument Page)> Get(string url)
    {
        var response = await app.Client.GetAsync(url, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        return (response, new HtmlParser().ParseDocument(html));
    }

    static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Fact]
    public async Task The_empty_form_offers_every_field_and_the_five_featured_foods()
    {
        var (response, page) = await Get("/calculator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Daily potassium calculator", Text(page, "h1"));
        var form = page.QuerySelector("form#calculator-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var field in new[] { "age", "sex", "stage", "q", "supplement-strength", "supplement-unit", "supplement-count", "limit-mg" })
            Assert.NotNull(form.QuerySelector($"[name='{field}']"));
        Assert.Contains("My doctor gave me a daily limit", page.Body!.TextContent);
        var adds = form.QuerySelectorAll("button[name='add']").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(["09040:5", "11674:3", "09279:2", "09298:4", "09291:2"], adds);
        Assert.Contains("Add 1 medium banana (422 mg)", page.QuerySelectorAll("button[name='add']").Select(b => b.TextContent.Trim()));
        Assert.Null(page.QuerySelector("#result"));
        Assert.Null(page.QuerySelector("meta[name='robots']"));
    }

    [Fact]
    public async Task The_interface_example_shows_1770_mg_68_percent_and_what_closes_the_gap()
    {
        var (response, page) = await Get("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = page.QuerySelector("#result")!;
        Assert.Contains("Your Adequate Intake: 2,600 mg", result.TextContent);
        Assert.Contains("adult, 19 to 50 years, female", result.TextContent);
        Assert.Contains("So far: 1,770 mg, which is 68% of your Adequate Intake", Normalize(result.TextContent));
        Assert.Contains("Still to go: 830 mg", Normalize(result.TextContent));
        Assert.Equal("68% of your Adequate Intake", page.QuerySelector(".share-bar svg")!.GetAttribute("aria-label"));
        var suggestions = page.QuerySelectorAll(".suggestions li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Equal("1 medium baked potato with skin (926 mg)", suggestions[0]);
        Assert.Equal("2 medium bananas (845 mg)", suggestions[1]);
        Assert.Equal(5, suggestions.Count);

        var rows = page.QuerySelectorAll(".items-table tbody tr").Select(r => r.QuerySelectorAll("th,td").Select(c => Normalize(c.TextContent)).ToList()).ToList();
        Assert.Equal(["Bananas, raw", "2 x medium (7\" to 7-7/8\" long)", "236", "845", "64", "2"], rows[0]);
        Assert.Equal("1,770", Text(page, ".items-table .total-k"));
        Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector(".safety-note a[href='/treatment#when-to-see-a-doctor']"));
        Assert.Contains("ACE inhibitors", Text(page, ".safety-note"));
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1", page.QuerySelector("a.result-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_chart_shows_each_items_share_with_the_same_figures_as_the_table()
    {
        var (_, page) = await Get("/calculator?items=09040:5:2,11674:3:1");
        var chart = page.QuerySelector("svg#item-share-chart, figure svg.bar-chart")!;
        Assert.Equal("Bananas, raw (48%): 845 mg; Potatoes, baked, flesh and skin, without salt (52%): 926 mg.", Normalize(page.QuerySelector("#item-share-chart-desc")!.TextContent));
        var bars = chart.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!.TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(70 * 844.88 / 925.55, bars[0], 0.01);
        Assert.Equal(70, bars[1], 0.01);
        Assert.Null(page.QuerySelector("[style]"));
    }

    [Fact]
    public async Task Without_age_and_sex_the_totals_show_with_the_intake_table_instead_of_a_target()
    {
        var (_, page) = await Get("/calculator?age=30&items=09040:5:1");
        var result = page.QuerySelector("#result")!;
        Assert.Contains("So far: 422 mg of potassium", Normalize(result.TextContent));
        Assert.Contains("give your age and sex", Normalize(result.TextContent));
        Assert.Equal(13, page.QuerySelectorAll(".ai-table tbody tr").Length);
        Assert.Contains("adult, 19 to 50 years 2,600 3,400", page.QuerySelectorAll(".ai-table tbody tr").Select(r => Normalize(r.TextContent)));
        Assert.Null(page.QuerySelector(".suggestions"));
    }

    [Fact]
    public async Task A_clinicians_limit_shows_room_left_or_how_far_it_is_passed_and_no_foods()
    {
        var (_, under) = await Get("/calculator?items=09040:5:2&limit-mg=2000");
        Assert.Contains("Your daily limit from your doctor: 2,000 mg", Normalize(under.QuerySelector("#result")!.TextContent));
        Assert.Contains("Room left under your limit: 1,155 mg", Normalize(under.QuerySelector("#result")!.TextContent));
        Assert.Null(under.QuerySelector(".suggestions"));

        var (_, over) = await Get("/calculator?items=11674:3:3&limit-mg=2000");
        Assert.Contains("You are 777 mg over your limit", Normalize(over.QuerySelector("#result")!.TextContent));
        Assert.Null(over.QuerySelector(".suggestions"));
    }

    [Fact]
    public async Task Supplements_have_their_own_line_and_notes_on_the_99_mg_ceiling_and_prescriptions()
    {
        var (_, otc) = await Get("/calculator?supplement-mg=99&supplement-count=2");
        var row = Normalize(otc.QuerySelector(".supplement-row")!.TextContent);
        Assert.Contains("Potassium tablets", row);
        Assert.Contains("198", row);
        var note = Normalize(otc.QuerySelector(".supplement-note")!.TextContent);
        Assert.Contains("hold 99 mg or less", note);
        Assert.Contains("about 2% of the 4,700 mg Daily Value", note);
        Assert.Contains("about 4.3 of them to match one medium banana (422 mg)", note);
        Assert.Null(otc.QuerySelector(".prescription-note"));

        var (_, prescription) = await Get("/calculator?supplement-meq=10");
        Assert.Contains("391", Normalize(prescription.QuerySelector(".supplement-row")!.TextContent));
        Assert.Contains("more than 99 mg of potassium is a prescription medicine", Normalize(prescription.QuerySelector(".prescription-note")!.TextContent));
        Assert.Equal("meq", prescription.QuerySelector("input[name='supplement-unit'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Invalid_values_get_a_message_beside_their_field_status_200_the_form_as_typed_and_the_valid_parts_counted()
    {
        var (response, page) = await Get("/calculator?age=abc&sex=female&items=09040:5:1,09040:99:1,12345:1:1&supplement-count=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Age \"abc\" is not a number", Text(page, "#age-error"));
        Assert.Equal("abc", page.QuerySelector("input#age")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input#age")!.GetAttribute("aria-invalid"));
        Assert.Contains("age-error", page.QuerySelector("input#age")!.GetAttribute("aria-describedby"));
        Assert.Contains("has no portion 99", Text(page, "#item-1-error"));
        Assert.Contains("no food number 12345", Text(page, "#item-2-error"));
        Assert.Contains("must be a whole number from 0 to 20", Text(page, "#supplement-count-error"));
        Assert.Equal(4, page.QuerySelectorAll("#error-summary li").Length);
        Assert.Equal("#age", page.QuerySelector("#error-summary li a")!.GetAttribute("href"));
        // The valid banana is still counted.
        Assert.Equal("422", Text(page, ".items-table .total-k"));
        // The unknown food is kept as typed, so the next submission carries it.
        Assert.Equal("12345:1:1", page.QuerySelector("#item-2 input[name='food']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_script_payload_is_never_echoed_unescaped()
    {
        const string payload = "<script>alert(1)</script>";
        var (response, _) = await Get($"/calculator?age={Uri.EscapeDataString(payload)}&items={Uri.EscapeDataString(payload)}&q={Uri.EscapeDataString(payload)}&stage={Uri.EscapeDataString("\"><img src=x onerror=alert(1)>")}");
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(payload, html);
        Assert.DoesNotContain("<img src=x", html);
    }

    /// <summary>The no-JavaScript form's own fields, and the canonical link (with the fragment to come back to) it is sent on to.</summary>
    [Theory]
    // Calculate: every row, and empty fields left out.
    [InlineData("age=45&sex=female&stage=&food=09040&portion=5&qty=2&food=11674&portion=3&qty=1&supplement-strength=&supplement-unit=mg&supplement-count=&limit-mg=&q=&calc=1",
        "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1#result")]
    // Adding a featured food adds one common portion.
    [InlineData("age=45&food=09040&portion=5&qty=2&add=09291:2", "/calculator?age=45&items=09040:5:2,09291:2:1#foods")]
    // Adding a search result takes the portion chosen beside it, or 100 g.
    [InlineData("q=lentils&pick-16070=1&pick-16069=2&add=16070", "/calculator?items=16070:1:1&q=lentils#foods")]
    [InlineData("pick-16070=g&add=16070", "/calculator?items=16070:g:100#foods")]
    // Removing drops that row only.
    [InlineData("food=09040&portion=5&qty=2&food=11674&portion=3&qty=1&food=09298&portion=4&qty=1&remove=1", "/calculator?items=09040:5:2,09298:4:1#foods")]
    // A strength in mEq, and the embed flag, carry into the link.
    [InlineData("supplement-strength=8&supplement-unit=meq&supplement-count=2&limit-mg=3000&embed=1",
        "/calculator?supplement-meq=8&supplement-count=2&limit-mg=3000&embed=1#result")]
    public async Task The_no_javascript_form_redirects_with_303_to_the_canonical_link(string fields, string location)
    {
        var response = await app.Client.GetAsync($"/calculator?form=calculator&{fields}", Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_item_row_offers_its_portions_grams_a_quantity_and_a_remove_button()
    {
        var (_, page) = await Get("/calculator?items=09298:5:2");
        var row = page.QuerySelector("#item-0")!;
        Assert.Equal("Raisins, seedless", Text(page, "#item-0 legend"));
        var options = row.QuerySelectorAll("select[name='portion'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "g"], options);
        Assert.Equal("5", row.QuerySelector("select[name='portion'] option[selected]")!.GetAttribute("value"));
        Assert.Contains("50 raisins (26 g)", row.QuerySelector("select[name='portion'] option[selected]")!.TextContent);
        Assert.Equal("2", row.QuerySelector("input[name='qty']")!.GetAttribute("value"));
        Assert.Equal("0", row.QuerySelector("button[name='remove']")!.GetAttribute("value"));
        Assert.Contains("52 g: 389 mg potassium", Normalize(row.TextContent));
    }

    [Fact]
    public async Task Search_lists_matches_with_their_household_portions_to_add()
    {
        var (_, page) = await Get("/calculator?q=banana");
        var first = page.QuerySelector(".result-food")!;
        Assert.Equal("Bananas", Text(page, ".result-food .food-name"));
        Assert.Equal("USDA: Bananas, raw", Text(page, ".result-food .usda-name"));
        Assert.Equal("09040", first.QuerySelector("button[name='add']")!.GetAttribute("value"));
        Assert.Contains("medium (7\" to 7-7/8\" long) (118 g)", first.QuerySelectorAll("select[name='pick-09040'] option").Select(o => o.TextContent));
        Assert.Equal("banana", page.QuerySelector("input#q")!.GetAttribute("value"));

        var (_, shortQuery) = await Get("/calculator?q=b");
        Assert.Contains("at least 2 letters", Text(shortQuery, ".search-hint"));
    }

    [Fact]
    public async Task Printing_gives_the_inputs_target_totals_safety_note_date_and_link()
    {
        var (_, page) = await Get("/calculator?age=45&sex=female&items=09040:5:2");
        var print = string.Join(" ", page.QuerySelectorAll("#result .print-only").Select(p => Normalize(p.TextContent)));
        Assert.Contains("printed", print);
        Assert.Contains("/calculator?age=45&sex=female&items=09040:5:2", print);
        Assert.Contains("About you: age 45, female", print);
        Assert.NotNull(page.QuerySelector("#result .safety-note"));
        Assert.Contains("no-print", page.QuerySelector("form#calculator-form")!.ClassList);
    }

    [Fact]
    public async Task A_thousand_items_and_a_huge_query_string_still_answer_200_with_a_message()
    {
        var items = string.Join(',', Enumerable.Repeat("09040:5:1", 1000));
        var (response, page) = await Get($"/calculator?items={items}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There are 1,000 foods in the list; the calculator takes at most 30", Text(page, "#items-error"));
        Assert.Equal(30, page.QuerySelectorAll(".item-row").Length);
    }

    static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
