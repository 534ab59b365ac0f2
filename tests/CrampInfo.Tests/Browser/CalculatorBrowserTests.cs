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
    [InlineData("/calculator?items=09040:5:1&q=bnanaa", 320)]
    public async Task Axe_finds_no_WCAG_violations_and_nothing_scrolls_sideways(string path, int width)
    {
        var page = await browser.OpenAsync(path, width: width, javaScript: true);
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, $"{path} scrolls sideways at {width} px");
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
