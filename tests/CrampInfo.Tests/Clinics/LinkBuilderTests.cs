using System.Net;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Clinics;

/// <summary>/for-clinics: its link builder checks the values and gives the calculator's canonical link.</summary>
[Collection(AppCollection.Name)]
public sealed class LinkBuilderTests(AppFixture app)
{
    [Fact]
    public async Task The_builder_gives_the_interface_example_link_exactly()
    {
        // Typed loosely (a space after the comma, a padded age): the link comes out canonical.
        var (response, page) = await app.Client.GetPageAsync("/for-clinics?age=45&sex=female&stage=&items=09040:5:2,+11674:3:1&supplement-mg=&limit-mg=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/calculator?age=45&sex=female&items=09040:5:2,11674:3:1", page.QuerySelector("#built-link").Text());
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1", page.QuerySelector("#try-link")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task Every_parameter_comes_out_in_the_interface_order_with_numbers_unpadded()
    {
        var (_, page) = await app.Client.GetPageAsync(
            "/for-clinics?limit-mg=2000.0&supplement-count=2&supplement-meq=8&items=09298:4:1.50&items=11674:g:150&stage=pregnant&sex=female&age=030");

        Assert.Equal("/calculator?age=30&sex=female&stage=pregnant&items=09298:4:1.5,11674:g:150&supplement-meq=8&supplement-count=2&limit-mg=2000",
            page.QuerySelector("#try-link")!.GetAttribute("href"));
        var foods = page.QuerySelectorAll("#result li").Select(li => li.Text()).ToList();
        Assert.Equal(2, foods.Count);
        Assert.StartsWith("09298:4:1.5: Raisins, seedless, 1.5 ×", foods[0]);
        Assert.StartsWith("11674:g:150: Potatoes, baked, flesh and skin, without salt, 150 g", foods[1]);
    }

    [Fact]
    public async Task The_new_parameters_come_out_canonical_and_open_the_calculator_unchanged()
    {
        var (_, builder) = await app.Client.GetPageAsync("/for-clinics?age=66&sex=male&items=09040:5:1&supplement-kcl-mg=1500.0&supplement-count=2&limit-meq=060");
        var link = builder.QuerySelector("#try-link")!.GetAttribute("href")!;
        Assert.Equal("/calculator?age=66&sex=male&items=09040:5:1&supplement-kcl-mg=1500&supplement-count=2&limit-meq=60", link);

        var (response, calculator) = await app.Client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(calculator.QuerySelector("#error-summary"));
        Assert.Equal(link, calculator.QuerySelector("a.result-link")!.GetAttribute("href"));
        Assert.Contains("2,346 mg of potassium (60 mEq)", calculator.QuerySelector("#target").Text());
    }

    [Fact]
    public async Task The_iframe_snippet_is_shown_as_encoded_text_with_embed_on()
    {
        var (response, page) = await app.Client.GetPageAsync("/for-clinics?age=45&sex=female&items=09040:5:2");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var snippet = page.QuerySelector("#built-iframe").Text();
        Assert.StartsWith("<iframe src=\"http://localhost/calculator?age=45&amp;sex=female&amp;items=09040:5:2&amp;embed=1\" title=", snippet);
        Assert.Contains("&lt;iframe src=", html); // text on the page, not a live frame
        Assert.Empty(page.QuerySelectorAll("main iframe"));
    }

    [Theory]
    [InlineData("age=121", "age", "121")]
    [InlineData("age=4O", "age", "4O")]
    [InlineData("age=1e3", "age", "1e3")]
    [InlineData("sex=other", "sex", "other")]
    [InlineData("items=9040:5:2", "items", "9040:5:2")]
    [InlineData("items=09040:5:0", "items", "09040:5:0")]
    [InlineData("items=09040:5:101", "items", "09040:5:101")]
    [InlineData("items=99999:1:1", "items", "99999")]
    [InlineData("items=09040:77:1", "items", "no portion 77")]
    [InlineData("items=09040:g:6000", "items", "5,000 g")]
    [InlineData("supplement-mg=0", "supplement-mg", "0")]
    [InlineData("supplement-meq=51", "supplement-meq", "51")]
    [InlineData("supplement-mg=99&supplement-meq=2", "supplement-meq", "one way")]
    [InlineData("supplement-kcl-mg=4000", "supplement-kcl-mg", "4,000")]
    [InlineData("limit-meq=5", "limit-meq", "13 to 255")]
    [InlineData("limit-mg=2000&limit-meq=60", "limit-meq", "not both")]
    [InlineData("limit-mg=60", "limit-mg", "If your limit is 60 mEq")]
    [InlineData("supplement-count=2.5", "supplement-count", "2.5")]
    [InlineData("limit-mg=100", "limit-mg", "100")]
    [InlineData("age=60&sex=female&stage=pregnant", "stage", "ages 14 to 50")]
    [InlineData("age=30&sex=male&stage=lactating", "stage", "sex female")]
    [InlineData("age=30&age=31", "age", "more than once")]
    public async Task A_value_that_breaks_a_rule_gets_a_message_next_to_its_field_and_no_link(string query, string parameter, string expected)
    {
        var (response, page) = await app.Client.GetPageAsync($"/for-clinics?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#built-link"));
        var message = page.QuerySelector($"#f-{parameter}-error").Text();
        Assert.Contains(expected, message);
        Assert.Contains(page.QuerySelectorAll(".error-summary a"), a => a.GetAttribute("href")!.StartsWith($"#f-{parameter}"));
        var input = page.QuerySelector($"input#f-{parameter}");
        if (input is not null) Assert.Equal("true", input.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_typed_value_comes_back_escaped()
    {
        const string payload = "<script>alert(1)</script>";
        var response = await app.Client.GetAsync($"/for-clinics?age={Uri.EscapeDataString(payload)}&items={Uri.EscapeDataString(payload)}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(payload, html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task The_page_without_a_query_shows_the_form_and_the_codes_of_the_featured_foods()
    {
        var (response, page) = await app.Client.GetPageAsync("/for-clinics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Null(page.QuerySelector("#built-link"));
        var form = page.QuerySelector("form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["age", "sex", "stage", "items", "supplement-mg", "supplement-meq", "supplement-kcl-mg", "supplement-count", "limit-mg", "limit-meq"],
            form.QuerySelectorAll("input[name]").Select(i => i.GetAttribute("name")!).Distinct());
        var codes = page.QuerySelectorAll("#food-codes tbody td:last-child").Select(td => td.Text()).ToList();
        Assert.Equal(["09040:5", "11674:3", "09279:2", "09298:4", "09291:2"], codes);
        Assert.Contains("docker run -d --name crampinfo --restart unless-stopped --read-only --tmpfs /tmp -p 8080:8080", page.QuerySelector("#docker-run").Text());
    }

    [Fact]
    public async Task The_built_link_opens_the_calculator_with_those_values_as_its_own_canonical_link()
    {
        var (_, builder) = await app.Client.GetPageAsync("/for-clinics?age=45&sex=female&items=09040:5:2,+11674:3:1");
        var link = builder.QuerySelector("#try-link")!.GetAttribute("href")!;

        var (response, calculator) = await app.Client.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not a redirect: the link is already canonical
        Assert.Equal(link, calculator.QuerySelector("a.result-link")!.GetAttribute("href"));
        Assert.Equal("45", calculator.QuerySelector("input#age")!.GetAttribute("value"));
        Assert.Equal("female", calculator.QuerySelector("input[name='sex'][checked]")!.GetAttribute("value"));
        var foods = calculator.QuerySelectorAll(".items-table tbody tr th, .items-table tbody tr td:first-child").Select(c => c.Text()).ToList();
        Assert.Contains("Bananas USDA: Bananas, raw", foods);
        Assert.Contains(foods, f => f.StartsWith("Potatoes, baked, with skin USDA: Potatoes, baked, flesh and skin"));
        Assert.Contains("So far: 1,770 mg, which is 68% of your Adequate Intake", calculator.QuerySelector("#result").Text());
    }

    [Fact]
    public async Task A_link_with_every_parameter_is_accepted_by_the_calculator_unchanged()
    {
        var (_, builder) = await app.Client.GetPageAsync(
            "/for-clinics?age=30&sex=female&stage=pregnant&items=09298:4:1.5,11674:g:150&supplement-meq=8&supplement-count=2&limit-mg=3000");
        var link = builder.QuerySelector("#try-link")!.GetAttribute("href")!;

        var (response, calculator) = await app.Client.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(calculator.QuerySelector("#error-summary"));
        Assert.Equal(link, calculator.QuerySelector("a.result-link")!.GetAttribute("href"));
        Assert.Contains("Your daily limit from your doctor: 3,000 mg", calculator.QuerySelector("#result").Text());
    }

    [Fact]
    public async Task The_iframe_address_opens_the_calculator_in_the_embedded_layout()
    {
        var (_, builder) = await app.Client.GetPageAsync("/for-clinics?age=45&sex=female&items=09040:5:2");
        var src = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(builder.QuerySelector("#built-iframe").Text(), "src=\"([^\"]+)\"").Groups[1].Value);

        var (response, calculator) = await app.Client.GetPageAsync(new Uri(src).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("embed", calculator.Body!.ClassName);
        Assert.Null(calculator.QuerySelector("nav.site-nav"));
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2", calculator.QuerySelector("a.open-full")!.GetAttribute("href"));
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2&embed=1", calculator.QuerySelector("a.result-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_page_is_in_the_footer_navigation()
    {
        var (_, page) = await app.Client.GetPageAsync("/");
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/for-clinics");
    }
}
