using CrampInfo.Tests.Validation;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>The calculator in Chromium: the whole flow with JavaScript off and on, the keyboard, and axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalculatorBrowserTests(BrowserFixture browser)
{
    static string PathAndQuery(IPage page) => new Uri(page.Url).PathAndQuery;

    [Fact]
    public async Task The_whole_flow_works_with_JavaScript_off()
    {
        var page = await browser.OpenAsync("/calculator", width: 390, javaScript: false);

        await page.FillAsync("#age", "45");
        await page.CheckAsync("#sex-female");
        await page.ClickAsync("button[name='add'][value='09040:5']");
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:1", PathAndQuery(page));
        Assert.EndsWith("#foods", page.Url);

        await page.FillAsync("#item-0-qty", "2");
        await page.ClickAsync("text=Update my day");
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2", PathAndQuery(page));

        await page.FillAsync("#q", "baked potato");
        await page.ClickAsync("button[name='search']");
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2&q=baked%20potato", PathAndQuery(page));
        await page.SelectOptionAsync("#pick-11674", "3");
        await page.ClickAsync("button[name='add'][value='11674']");
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1&q=baked%20potato", PathAndQuery(page));

        var total = await page.TextContentAsync("#result .total-line");
        Assert.Contains("1,770 mg", total);
        Assert.Contains("68%", total);

        await page.ClickAsync("#item-0 button[name='remove']");
        Assert.Equal("/calculator?age=45&sex=female&items=11674:3:1&q=baked%20potato", PathAndQuery(page));
        Assert.Contains("926 mg", await page.TextContentAsync("#result .total-line"));
    }

    [Fact]
    public async Task Enter_in_a_field_calculates_and_does_not_remove_a_food()
    {
        var page = await browser.OpenAsync("/calculator?items=09040:5:1", javaScript: false);
        await page.FillAsync("#age", "30");
        await page.PressAsync("#age", "Enter");
        await page.WaitForURLAsync("**/calculator?age=30&items=09040:5:1*");
        Assert.Equal("/calculator?age=30&items=09040:5:1", PathAndQuery(page));
    }

    [Fact]
    public async Task With_JavaScript_search_types_ahead_and_the_total_and_address_follow_the_fields()
    {
        var page = await browser.OpenAsync("/calculator?age=45&sex=female&items=09040:5:1");
        await page.FillAsync("#q", "prunes");
        var first = page.Locator("#search-results .result-food .food-name").First;
        await Assertions.Expect(first).ToHaveTextAsync("Prunes"); // the everyday name, with the USDA description beside it
        await Assertions.Expect(page.Locator("#search-results .result-food .usda-name").First).ToHaveTextAsync("USDA: Plums, dried (prunes), uncooked");
        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:1", PathAndQuery(page)); // nothing was submitted

        await page.FillAsync("#item-0-qty", "2");
        await Assertions.Expect(page.Locator("#live-total")).ToContainTextAsync("845 mg");
        await Assertions.Expect(page.Locator("#live-total")).ToContainTextAsync("32% of your Adequate Intake");
        await page.WaitForFunctionAsync("() => location.search === '?age=45&sex=female&items=09040:5:2'");

        // Adding from the type-ahead list is a normal form submission.
        await page.ClickAsync("#search-results button[name='add'][value='09291']");
        await page.WaitForURLAsync("**/calculator?age=45&sex=female&items=09040:5:2,09291:1:1*");
        Assert.Contains("Plums, dried (prunes), uncooked", await page.TextContentAsync("#result .items-table"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_offers_everyday_names_with_and_without_JavaScript()
    {
        var page = await browser.OpenAsync("/calculator?items=09040:5:1&q=bnanaa", javaScript: false);
        await page.ClickAsync(".did-you-mean a:text-is('Bananas')");
        Assert.Equal("/calculator?items=09040:5:1&q=Bananas", PathAndQuery(page));
        await Assertions.Expect(page.Locator(".result-food .food-name").First).ToHaveTextAsync("Bananas");

        var typed = await browser.OpenAsync("/calculator?items=09040:5:1");
        await typed.FillAsync("#q", "bnanaa");
        await typed.ClickAsync("#search-results .did-you-mean a:text-is('Bananas')");
        await Assertions.Expect(typed.Locator("#search-results .result-food .food-name").First).ToHaveTextAsync("Bananas");
        Assert.Equal("/calculator?items=09040:5:1", PathAndQuery(typed)); // the search ran in place
    }

    [Theory]
    [InlineData("/calculator", 1280)]
    [InlineData("/calculator", 320)]
    [InlineData("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1&supplement-mg=150&q=banana", 1280)]
    [InlineData("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1&supplement-mg=150&q=banana", 320)]
    [InlineData("/calculator?age=30&items=09040:5:1&limit-mg=700", 390)]
    [InlineData("/calculator?age=abc&sex=x&items=09040:99:1,12345:1:1,bad&supplement-count=x&limit-mg=1&q=b", 1280)]
    [InlineData("/calculator?age=abc&sex=x&items=09040:99:1,12345:1:1,bad&supplement-count=x&limit-mg=1&q=b", 320)]
    // The safe-advice states: a plan, the fallback, a limit in mEq, a limit that cannot be read, a baby, a young
    // child, prescription tablets, the form's refusal.
    [InlineData(PlanState, 320)]
    [InlineData(PlanState, 1280)]
    [InlineData("/calculator?age=6&items=09279:2:1", 320)]
    [InlineData("/calculator?age=66&sex=male&items=11674:3:3&limit-meq=60", 320)]
    [InlineData("/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2%2C000", 320)]
    [InlineData("/calculator?age=0.5&items=09298:4:1", 320)]
    [InlineData("/calculator?age=2&items=09040:5:1", 390)]
    [InlineData("/calculator?age=45&sex=female&items=09040:5:1&supplement-kcl-mg=1500&supplement-count=2", 320)]
    [InlineData("/calculator?form=calculator&age=66&sex=male&food=09040&portion=5&qty=1%2C5&limit=2.000&calc=1", 320)]
    [InlineData("/calculator?items=09040:5:1&q=bnanaa", 320)]
    public async Task Axe_finds_no_WCAG_violations_and_nothing_scrolls_sideways(string path, int width)
    {
        var page = await browser.OpenAsync(path, width: width, javaScript: true);
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, $"{path} scrolls sideways at {width} px");
    }

    /// <summary>A result with every kind of row: foods with long names and portions, tablets, and a plan.</summary>
    const string PlanState = "/calculator?age=45&sex=female&items=09040:5:1,11674:3:1,09040:8:1,16070:1:0.5&supplement-mg=99&supplement-count=2";

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task On_a_narrow_phone_each_foods_potassium_shows_without_scrolling_sideways(int width)
    {
        var page = await browser.OpenAsync(PlanState, width: width, javaScript: false);
        var rows = page.Locator(".items-table tbody tr, .items-table tfoot tr");
        Assert.Equal(6, await rows.CountAsync()); // four foods, the tablets, the total
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var potassium = rows.Nth(i).Locator(".potassium");
            Assert.True(await potassium.IsVisibleAsync(), $"row {i}: potassium hidden");
            var box = (await potassium.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"row {i}: potassium at {box.X}..{box.X + box.Width} px on a {width} px screen");
            // Its label says what the figure is, since the column headings are not shown in the stacked layout.
            Assert.Equal("\"Potassium (mg)\"", await potassium.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        }
        var table = page.Locator(".result .table-scroll");
        Assert.True(await table.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth + 1"), "the result table scrolls sideways");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"));
        await SaveScreenshotAsync(page, $"calculator-plan-{width}");
    }

    [Fact]
    public async Task Printed_the_result_keeps_its_table_and_the_plan_after_the_safety_note()
    {
        var page = await browser.OpenAsync(PlanState, width: 320, javaScript: false);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("table", await page.Locator(".items-table").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("table-row", await page.Locator(".items-table tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("table-header-group", await page.Locator(".items-table thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.True(await page.Locator("#safety").IsVisibleAsync());
        Assert.True(await page.Locator("#suggestions").IsVisibleAsync());
        Assert.False(await page.Locator("#calculator-form").IsVisibleAsync());
        var safetyTop = (await page.Locator("#safety").BoundingBoxAsync())!.Y;
        Assert.True(safetyTop < (await page.Locator("#suggestions").BoundingBoxAsync())!.Y);
    }

    [Fact]
    public async Task Screenshots_of_the_new_states_when_asked_for()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CRAMPINFO_SCREENSHOTS"))) return;
        var states = new Dictionary<string, string>
        {
            ["fallback"] = "/calculator?age=6&items=09279:2:1",
            ["limit-meq"] = "/calculator?age=66&sex=male&items=11674:3:3&limit-meq=60",
            ["limit-unreadable"] = "/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2%2C000",
            ["infant"] = "/calculator?age=0.5&items=09298:4:1",
            ["prescription"] = "/calculator?age=45&sex=female&items=09040:5:1&supplement-kcl-mg=1500&supplement-count=2",
            ["refused"] = "/calculator?form=calculator&age=66&sex=male&food=09040&portion=5&qty=1%2C5&limit=2.000&calc=1",
            ["empty"] = "/calculator",
        };
        foreach (var (name, path) in states)
        foreach (var width in new[] { 320, 1280 })
            await SaveScreenshotAsync(await browser.OpenAsync(path, width: width, javaScript: false), $"calculator-{name}-{width}");
        await SaveScreenshotAsync(await browser.OpenAsync(PlanState, width: 1280, javaScript: false), "calculator-plan-1280");
    }

    static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CRAMPINFO_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    [Fact]
    public async Task With_JavaScript_a_limit_with_a_unit_waits_for_Calculate_and_the_address_keeps_the_last_accepted_link()
    {
        var page = await browser.OpenAsync("/calculator?age=66&sex=male&items=09040:5:1");
        await page.FillAsync("#limit", "2000");
        await Assertions.Expect(page.Locator("#live-total")).ToContainTextAsync("21% of your daily limit");
        await page.WaitForFunctionAsync("() => location.search === '?age=66&sex=male&items=09040:5:1&limit-mg=2000'");
        await page.FillAsync("#limit", "2 g");
        await Assertions.Expect(page.Locator("#live-total")).ToHaveTextAsync("Press Calculate to update the result.");
        Assert.Equal("/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2000", PathAndQuery(page));
        await page.ClickAsync("#calculator-form .actions button");
        await page.WaitForURLAsync("**/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2000#result");
        Assert.Contains("2,000 mg", await page.TextContentAsync("#target"));
    }

    [Fact]
    public async Task The_error_summary_links_move_focus_to_the_field()
    {
        var page = await browser.OpenAsync("/calculator?age=abc", javaScript: false);
        await page.ClickAsync("#error-summary a[href='#age']");
        Assert.Equal("age", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Every_state_validated_by_the_Nu_checker_also_renders_without_console_errors()
    {
        foreach (var path in CalculatorHtmlValidityTests.States)
        {
            var errors = new List<string>();
            var page = await browser.OpenAsync(path);
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            await page.ReloadAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
        }
    }
}
