using CrampInfo.Tests.Articles;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// The article pages in Debian's Chromium: axe finds no WCAG A/AA violation, a 320 px screen needs no sideways
/// scrolling, the keyboard focus is visible, and print leaves out the navigation. Set CRAMPINFO_SCREENSHOTS to a
/// folder to save each page at 390 px and 1280 px wide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticleBrowserTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Axe_finds_no_wcag_violations(string path)
    {
        var page = await browser.OpenAsync(path);
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task A_320_px_wide_screen_needs_no_sideways_scrolling(string path)
    {
        var page = await browser.OpenAsync(path, width: 320, height: 640);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 320 px screen");
        var violations = await page.WcagViolationsAsync(); // reflow can break contrast or targets too
        Assert.True(violations.Count == 0, $"{path} at 320 px:\n" + string.Join("\n", violations));
        await SaveScreenshotsAsync(path);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Page_reads_the_same_with_javascript_off(string path)
    {
        var page = await browser.OpenAsync(path, javaScript: false);
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        Assert.True(await page.Locator("main").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Every_control_reached_with_the_tab_key_shows_a_focus_outline(string path)
    {
        var page = await browser.OpenAsync(path);
        var count = await page.Locator("a[href], button, input, select, textarea, [tabindex='0']").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e); " +
                "return [e.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth]; }");
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"{path}: no visible focus on {focus[0]}");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_starts_at_a_visible_skip_link_with_a_visible_outline()
    {
        var page = await browser.OpenAsync("/treatment");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string[]>(
            "() => { const e = document.activeElement; const s = getComputedStyle(e); const r = e.getBoundingClientRect(); " +
            "return [e.getAttribute('href'), s.outlineStyle, s.outlineWidth, String(r.top >= 0 && r.height > 0)]; }");
        Assert.Equal("#main", focused[0]);
        Assert.NotEqual("none", focused[1]);
        Assert.NotEqual("0px", focused[2]);
        Assert.Equal("true", focused[3]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_leaves_out_navigation_and_writes_links_out()
    {
        var page = await browser.OpenAsync("/treatment");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-nav')).display"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).display"));
        var after = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main p > a[href^=\"/\"]'), '::after').content");
        Assert.Contains("/", after);
        var citation = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('sup.cite a'), '::after').content");
        Assert.Equal("none", citation);
        // A printed page lists the sources it cites, with their addresses, so it stands on its own.
        Assert.True(await page.Locator(".page-sources").IsVisibleAsync());
        var cited = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('sup.cite a')].map(a => a.getAttribute('href'))).size");
        Assert.Equal(cited, await page.Locator(".page-sources li").CountAsync());
        Assert.Contains("https://", await page.Locator(".page-sources li").First.InnerTextAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        Assert.False(await page.Locator(".page-sources").IsVisibleAsync());
        await page.Context.CloseAsync();

        var references = await browser.OpenAsync("/references");
        await references.EmulateMediaAsync(new() { Media = Media.Print });
        var first = references.Locator("ol.sources a").First;
        Assert.StartsWith("https://", await first.InnerTextAsync()); // the address itself is the link text
        await references.Context.CloseAsync();
    }

    async Task SaveScreenshotsAsync(string path)
    {
        var folder = Environment.GetEnvironmentVariable("CRAMPINFO_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var name = path == "/" ? "home" : path.Trim('/');
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await browser.OpenAsync(path, width: width, height: 800);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
