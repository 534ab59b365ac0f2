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

    static string Text(IDocument page, string selector) => Normalize(page.QuerySelector(selector)?.TextContent ?? "");

    [Fact]
    public async Task The_empty_form_offers_every_field_and_the_five_featured_foods()
    {
        var (response, page) = await Get("/calculator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Daily potassium calculator", Text(page, "h1"));
        var form = page.QuerySelector("form#calculator-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var field in new[] { "age", "sex", "stage", "q", "supplement-strength", "supplement-unit", "supplement-count", "limit" })
            Assert.NotNull(form.QuerySelector($"[name='{field}']"));
        Assert.Equal(["mg", "meq", "kcl-mg"], form.QuerySelectorAll("input[name='supplement-unit']").Select(i => i.GetAttribute("value")));
        Assert.Equal(["mg of potassium", "mEq", "mg of potassium chloride"], form.QuerySelectorAll("input[name='supplement-unit']").Select(i => Normalize(i.ParentElement!.TextContent)));
        Assert.Contains("My doctor gave me a daily limit", page.Body!.TextContent);
        var adds = form.QuerySelectorAll("button[name='add']").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(["09040:5", "11674:3", "09279:2", "09298:4", "09291:2"], adds);
        Assert.Contains("Add 1 medium banana (422 mg)", page.QuerySelectorAll("button[name='add']").Select(b => Normalize(b.TextContent)));
        Assert.Null(page.QuerySelector("#result"));
        Assert.Null(page.QuerySelector("meta[name='robots']"));
    }

    [Fact]
    public async Task The_field_help_says_how_kidney_diets_write_a_limit_and_which_unit_a_tablet_label_shows()
    {
        var (_, page) = await Get("/calculator");
        var limitHelp = Text(page, "#limit-hint");
        Assert.Contains("milligrams or grams a day (2,000 mg or 2 g)", limitHelp);
        Assert.Contains("mEq (60 mEq)", limitHelp);
        Assert.Equal("limit-hint", page.QuerySelector("#limit")!.GetAttribute("aria-describedby"));
        var strengthHelp = Text(page, "#strength-hint");
        Assert.Contains("A Supplement Facts panel (on tablets sold in shops) gives the potassium itself, in mg", strengthHelp);
        Assert.Contains("A prescription label gives mEq, or the weight of potassium chloride", strengthHelp);
        Assert.Contains("\"potassium chloride 750 mg\" is 10 mEq,", strengthHelp);
        Assert.Contains("about 393 mg of potassium, since potassium is 52.44% of its weight", strengthHelp);
    }

    [Fact]
    public async Task The_interface_example_shows_1770_mg_68_percent_and_830_to_go()
    {
        var (response, page) = await Get("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Text(page, "#result");
        Assert.Equal("Your Adequate Intake: 2,600 mg of potassium a day (Females 19-50 years; National Academies, 2019).[source 1]", Text(page, "#target"));
        Assert.Contains("So far: 1,770 mg, which is 68% of your Adequate Intake", result);
        Assert.Contains("Still to go: 830 mg", result);
        Assert.Equal("68% of your Adequate Intake", page.QuerySelector(".share-bar svg")!.GetAttribute("aria-label"));

        var rows = page.QuerySelectorAll(".items-table tbody tr").Select(r => r.QuerySelectorAll("th,td").Select(c => Normalize(c.TextContent)).ToList()).ToList();
        Assert.Equal(["Bananas USDA: Bananas, raw", "2 × medium (7\" to 7-7/8\" long)", "236", "845", "64", "2"], rows[0]);
        Assert.Equal("1,770", Text(page, ".items-table .total-k"));
        Assert.Contains("may not add up because of rounding", Text(page, ".rounding-note"));
        Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1", page.QuerySelector("a.result-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_safety_note_names_the_medicines_and_says_what_each_is()
    {
        var (_, page) = await Get("/calculator?age=45&sex=female&items=09040:5:2");
        var safety = Text(page, "#result #safety");
        Assert.Contains("ACE inhibitors and ARBs (blood pressure and heart medicines", safety);
        Assert.Contains("potassium-sparing diuretics (water pills such as spironolactone)", safety);
        Assert.Contains("NSAID pain relievers (such as ibuprofen or naproxen)", safety);
        Assert.Contains("trimethoprim (an antibiotic)", safety);
        Assert.NotNull(page.QuerySelector("#safety a[href='/treatment#when-to-see-a-doctor']"));
    }

    [Fact]
    public async Task The_chart_shows_each_items_share_with_the_same_figures_as_the_table()
    {
        var (_, page) = await Get("/calculator?items=09040:5:2,11674:3:1");
        var chart = page.QuerySelector("svg#item-share-chart, figure svg.bar-chart")!;
        Assert.Equal("Bananas (48%): 845 mg; Potatoes, baked, with skin (52%): 926 mg.", Text(page, "#item-share-chart-desc"));
        var bars = chart.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!.TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(70 * 844.88 / 925.55, bars[0], 0.01);
        Assert.Equal(70, bars[1], 0.01);
        Assert.Null(page.QuerySelector("[style]"));
    }

    [Fact]
    public async Task Without_age_and_sex_the_totals_show_with_the_intake_table_in_the_National_Academies_groups()
    {
        var (_, page) = await Get("/calculator?age=30&items=09040:5:1");
        var result = Text(page, "#result");
        Assert.Contains("So far: 422 mg of potassium", result);
        Assert.Contains("give your age and sex", result);
        Assert.Null(page.QuerySelector("#target"));
        var rows = page.QuerySelectorAll(".ai-table tbody tr").Select(r => Text(r)).ToList();
        Assert.Equal(13, rows.Count);
        Assert.Equal("Infants, birth to 6 months 400", rows[0]);
        Assert.Equal("Infants, 7 to 12 months 860", rows[1]);
        Assert.Contains("9-13 years 2,300 2,500", rows);
        Assert.Contains("19-50 years 2,600 3,400", rows);
        Assert.Contains("Breastfeeding, 19-50 years 2,800 -", rows);
        Assert.DoesNotContain(rows, r => r.Contains("adolescent") || r.Contains("lactation"));
        Assert.Null(page.QuerySelector("#suggestions"));
    }

    [Fact]
    public async Task A_clinicians_limit_shows_room_left_or_how_far_it_is_passed_links_to_high_potassium_and_suggests_nothing()
    {
        var (_, under) = await Get("/calculator?items=09040:5:2&limit-mg=2000");
        Assert.Equal("Your daily limit from your doctor: 2,000 mg of potassium.", Text(under, "#target"));
        Assert.Contains("Room left under your limit: 1,155 mg", Text(under, "#result"));
        Assert.NotNull(under.QuerySelector("#result a[href='/hypokalemia#high-potassium']"));
        Assert.Null(under.QuerySelector("#suggestions"));

        var (_, over) = await Get("/calculator?items=11674:3:3&limit-meq=60");
        Assert.Equal("Your daily limit from your doctor: 2,346 mg of potassium (60 mEq).", Text(over, "#target"));
        Assert.Contains("You are 431 mg over your limit", Text(over, "#result"));
        Assert.NotNull(over.QuerySelector("#result a[href='/hypokalemia#high-potassium']"));
        Assert.Null(over.QuerySelector("#suggestions"));
    }

    [Theory]
    [InlineData("limit-mg=2%2C000")]   // the issue's kidney patient
    [InlineData("limit-mg=300")]
    [InlineData("limit-meq=abc")]
    [InlineData("limit-mg=2000&limit-meq=60")]
    public async Task A_limit_that_cannot_be_read_gives_no_target_and_never_falls_back_to_the_Adequate_Intake(string limit)
    {
        var (response, page) = await Get($"/calculator?age=66&sex=male&items=09040:5:1&{limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#target"));
        Assert.Null(page.QuerySelector("#suggestions"));
        Assert.Null(page.QuerySelector(".share-bar"));
        var result = Text(page, "#result");
        Assert.DoesNotContain("Still to go", result);
        Assert.DoesNotContain("%", result.Replace("(100%)", ""));
        Assert.DoesNotContain("Adequate Intake:", result);
        Assert.Contains("we do not use the general Adequate Intake instead", result);
        Assert.Contains("So far: 422 mg", result);
        Assert.NotEmpty(page.QuerySelectorAll("#limit-error p"));
        Assert.Equal("true", page.QuerySelector("#limit")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("a.result-link")); // no link to a result that is not valid
    }

    [Theory]
    [InlineData("age=abc&sex=female")]
    [InlineData("age=45&sex=x")]
    [InlineData("age=45&sex=male&stage=pregnant")]
    public async Task A_wrong_age_sex_or_stage_gives_no_target_and_no_percentage(string person)
    {
        var (_, page) = await Get($"/calculator?{person}&items=09040:5:1");
        Assert.Null(page.QuerySelector("#target"));
        Assert.Null(page.QuerySelector(".share-bar"));
        Assert.Null(page.QuerySelector(".ai-table"));
        Assert.DoesNotContain("Still to go", Text(page, "#result"));
        Assert.Contains("We cannot compare your day with a target until what is marked above is right", Text(page, "#result"));
    }

    [Theory]
    [InlineData("0", "Infants, birth to 6 months", "400")]
    [InlineData("0.5", "Infants, 7 to 12 months", "860")]
    public async Task Under_1_year_the_intake_for_the_age_with_the_breast_milk_note_and_no_percentage(string age, string band, string mg)
    {
        var (_, page) = await Get($"/calculator?age={age}&items=09298:4:1");
        Assert.Equal($"Adequate Intake for a baby: {mg} mg of potassium a day ({band}; National Academies, 2019).[source 1]", Text(page, "#target"));
        Assert.Contains("Babies get their potassium from breast milk or formula", Text(page, ".infant-note"));
        Assert.Null(page.QuerySelector(".share-bar"));
        Assert.DoesNotContain("Still to go", Text(page, "#result"));
        Assert.DoesNotContain("% of your", Text(page, "#result"));
        Assert.Null(page.QuerySelector("#suggestions"));
    }

    [Fact]
    public async Task Shop_tablets_have_their_own_line_and_the_note_on_what_most_hold()
    {
        var (_, otc) = await Get("/calculator?supplement-mg=99&supplement-count=2");
        var row = Text(otc, ".supplement-row");
        Assert.Contains("Potassium tablets", row);
        Assert.Contains("2 a day × 99 mg", row);
        Assert.Contains("198", row);
        var note = Text(otc, ".supplement-note");
        Assert.Contains("Most potassium supplements sold in shops hold 99 mg or less in a tablet", note);
        Assert.Contains("about 2% of the 4,700 mg Daily Value", note);
        Assert.Contains("Coated potassium tablets with 100 mg or more must carry a prescription label", note);
        Assert.Contains("Salt substitutes, sold freely, hold far more potassium", note);
        Assert.Contains("about 4.3 tablets of 99 mg to match one medium banana (422 mg)", note);
        Assert.DoesNotContain("is a prescription medicine", note); // the old wording the review corrected
        Assert.Null(otc.QuerySelector(".prescription-note"));
    }

    [Theory]
    [InlineData("supplement-meq=10", "1 a day × 391 mg (10 mEq)", "391", "meq")]
    [InlineData("supplement-kcl-mg=1500", "1 a day × 787 mg (potassium chloride 1,500 mg)", "787", "kcl-mg")]
    [InlineData("supplement-mg=150", "1 a day × 150 mg", "150", "mg")]
    public async Task Prescription_tablets_count_as_potassium_and_get_no_plan_but_a_reason(string supplement, string amount, string mg, string unit)
    {
        var (_, page) = await Get($"/calculator?age=45&sex=female&items=09040:5:1&{supplement}");
        Assert.Contains(amount, Text(page, ".supplement-row"));
        Assert.Equal(mg, Text(page, ".supplement-row .potassium"));
        Assert.NotNull(page.QuerySelector(".prescription-note"));
        Assert.Contains("The person who prescribed them decides how much potassium you need", Text(page, "#no-plan"));
        Assert.Null(page.QuerySelector("#suggestions"));
        Assert.Equal(unit, page.QuerySelector("input[name='supplement-unit'][checked]")!.GetAttribute("value"));
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
        // The valid banana is still counted; the tablets are not.
        Assert.Equal("422", Text(page, ".items-table .total-k"));
        Assert.Null(page.QuerySelector(".supplement-row"));
        // The unknown food is kept as typed, so the next submission carries it.
        Assert.Equal("12345:1:1", page.QuerySelector("#item-2 input[name='food']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_script_payload_is_never_echoed_unescaped()
    {
        const string payload = "<script>alert(1)</script>";
        var (response, _) = await Get($"/calculator?age={Uri.EscapeDataString(payload)}&items={Uri.EscapeDataString(payload)}&q={Uri.EscapeDataString(payload)}&stage={Uri.EscapeDataString("\"><img src=x onerror=alert(1)>")}&limit-meq={Uri.EscapeDataString(payload)}");
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(payload, html);
        Assert.DoesNotContain("<img src=x", html);
    }

    /// <summary>The no-JavaScript form's own fields, and the canonical link (with the fragment to come back to) it is sent on to.</summary>
    [Theory]
    // Calculate: every row, and empty fields left out.
    [InlineData("age=45&sex=female&stage=&food=09040&portion=5&qty=2&food=11674&portion=3&qty=1&supplement-strength=&supplement-unit=mg&supplement-count=&limit=&q=&calc=1",
        "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1#result")]
    // Adding a featured food adds one common portion.
    [InlineData("age=45&food=09040&portion=5&qty=2&add=09291:2", "/calculator?age=45&items=09040:5:2,09291:2:1#foods")]
    // Adding a search result takes the portion chosen beside it, or 100 g.
    [InlineData("q=lentils&pick-16070=1&pick-16069=2&add=16070", "/calculator?items=16070:1:1&q=lentils#foods")]
    [InlineData("pick-16070=g&add=16070", "/calculator?items=16070:g:100#foods")]
    // Removing drops that row only.
    [InlineData("food=09040&portion=5&qty=2&food=11674&portion=3&qty=1&food=09298&portion=4&qty=1&remove=1", "/calculator?items=09040:5:2,09298:4:1#foods")]
    // A strength in mEq, and the embed flag, carry into the link.
    [InlineData("supplement-strength=8&supplement-unit=meq&supplement-count=2&limit=3000&embed=1",
        "/calculator?supplement-meq=8&supplement-count=2&limit-mg=3000&embed=1#result")]
    // Numbers as people type them.
    [InlineData("age=66&sex=male&food=09040&portion=5&qty=1&limit=2%2C000&calc=1", "/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2000#result")]
    [InlineData("age=66&sex=male&limit=2+g&calc=1", "/calculator?age=66&sex=male&limit-mg=2000#result")]
    [InlineData("age=66&sex=male&limit=2000+mg&calc=1", "/calculator?age=66&sex=male&limit-mg=2000#result")]
    [InlineData("age=66&sex=male&limit=60+mEq&calc=1", "/calculator?age=66&sex=male&limit-meq=60#result")]
    [InlineData("age=+45+&sex=female&calc=1", "/calculator?age=45&sex=female#result")]
    [InlineData("supplement-strength=1%2C500&supplement-unit=kcl-mg&supplement-count=2&calc=1", "/calculator?supplement-kcl-mg=1500&supplement-count=2#result")]
    public async Task The_no_javascript_form_redirects_with_303_to_the_canonical_link(string fields, string location)
    {
        var response = await app.Client.GetAsync($"/calculator?form=calculator&{fields}", Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("age=66&limit=1%2C5", "limit", "1,5", "has a comma that is not between groups of three digits")]
    [InlineData("age=66&limit=2.000", "limit", "2.000", "could mean 2 or 2,000. For 2,000, write 2000 or 2,000; for 2, write 2.")]
    [InlineData("age=4%2C5", "age", "4,5", "Write decimals with a point")]
    [InlineData("age=66&supplement-strength=2.000&supplement-unit=mg", "supplement-strength", "2.000", "could mean 2 or 2,000")]
    public async Task A_number_the_form_cannot_read_for_sure_is_refused_beside_its_field_not_guessed(string field, string id, string typed, string message)
    {
        var (response, page) = await Get($"/calculator?form=calculator&sex=male&food=09040&portion=5&qty=1&{field}&calc=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // refused, not redirected
        Assert.Equal(typed, page.QuerySelector($"#{id}")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector($"#{id}")!.GetAttribute("aria-invalid"));
        Assert.Contains(message, Text(page, "#error-summary"));
        Assert.Single(page.QuerySelectorAll("#error-summary li"));
        Assert.Equal($"#{id}", page.QuerySelector("#error-summary li a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#suggestions"));
        Assert.Equal("422", Text(page, ".items-table .total-k")); // the rest is still read
    }

    [Fact]
    public async Task A_refused_quantity_keeps_its_row_as_typed()
    {
        var (response, page) = await Get("/calculator?form=calculator&food=09040&portion=5&qty=1%2C5&calc=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1,5", page.QuerySelector("#item-0-qty")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("#item-0-portion option[selected]")!.GetAttribute("value"));
        Assert.Contains("comma", Text(page, "#item-0-error"));
    }

    [Fact]
    public async Task Every_item_row_offers_its_portions_grams_a_quantity_and_a_remove_button()
    {
        var (_, page) = await Get("/calculator?items=09298:5:2");
        var row = page.QuerySelector("#item-0")!;
        Assert.Equal("Raisins USDA: Raisins, seedless", Text(page, "#item-0 legend")); // the everyday name, then the USDA description
        var options = row.QuerySelectorAll("select[name='portion'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "g"], options);
        Assert.Equal("5", row.QuerySelector("select[name='portion'] option[selected]")!.GetAttribute("value"));
        Assert.Contains("50 raisins (26 g)", row.QuerySelector("select[name='portion'] option[selected]")!.TextContent);
        Assert.Equal("2", row.QuerySelector("input[name='qty']")!.GetAttribute("value"));
        Assert.Equal("0", row.QuerySelector("button[name='remove']")!.GetAttribute("value"));
        Assert.Contains("52 g: 389 mg potassium", Normalize(row.TextContent));
    }

    [Fact]
    public async Task An_NLEA_serving_is_said_in_plain_words()
    {
        var (_, page) = await Get("/calculator?items=09040:8:1&q=banana");
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("NLEA", html);
        Assert.Contains("serving (the serving size on US Nutrition Facts labels) (126 g)", page.QuerySelectorAll("#item-0 option").Select(o => Normalize(o.TextContent)));
        Assert.Contains("1 × serving (the serving size on US Nutrition Facts labels)", Text(page, ".items-table tbody tr"));
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
        Assert.NotNull(page.QuerySelector("#result #safety"));
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

    static string Text(IElement element) => Normalize(element.TextContent);

    static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
