using CrampInfo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// The clinic-facing pages in Debian's Chromium, as a clinic would set the site up (name, link, phone, logo, a
/// light accent colour that needs black text): axe finds no WCAG A/AA violation, a 320 px screen needs no
/// sideways scrolling, the strict CSP blocks nothing the pages use, and the embedded layout works in a frame.
/// </summary>
public sealed class ClinicBrowserTests : IAsyncLifetime
{
    // One transparent pixel.
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    readonly KestrelApp app = new();
    IPlaywright? playwright;
    IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        var logo = Path.Combine(app.Folder, "logo.png");
        await File.WriteAllBytesAsync(logo, Png, TestContext.Current.CancellationToken);
        app.With("Clinic:Name", "Riverside Family Clinic")
            .With("Clinic:Url", "https://www.riverside.example/")
            .With("Clinic:Phone", "+1 555 010 0100")
            .With("Clinic:LogoPath", logo)
            .With("Clinic:AccentColor", "#ffcc00");
        if (!Chromium.IsInstalled) return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }

    public static TheoryData<string> Pages => new()
    {
        "/for-clinics",
        "/for-clinics?age=45&sex=female&items=09040:5:2,11674:3:1&supplement-mg=99&supplement-count=1",
        "/for-clinics?age=abc&sex=female&stage=pregnant&items=09040:5:2,1234&supplement-mg=99&supplement-meq=2",
        "/for-clinics?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M62.8319",
        "/infobutton?mainSearchCriteria.v.c=Z99.89&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&age.v.v=45&age.v.u=a",
        "/?embed=1",
        "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1&embed=1",
    };

    async Task<(IPage Page, List<string> Console)> OpenAsync(string path, int width = 1280)
    {
        Chromium.EnsureAvailable();
        var context = await browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") console.Add(message.Text); };
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        return (page, console);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_wcag_violations_and_the_CSP_blocks_nothing(string path)
    {
        var (page, console) = await OpenAsync(path);
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
        Assert.True(console.Count == 0, $"{path}:\n" + string.Join("\n", console));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_320_px_wide_screen_needs_no_sideways_scrolling(string path)
    {
        var (page, _) = await OpenAsync(path, width: 320);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 320 px screen");
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations.Count == 0, $"{path} at 320 px:\n" + string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_link_builder_works_with_javascript_off_and_its_link_opens_the_calculator()
    {
        Chromium.EnsureAvailable();
        var context = await browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/for-clinics");

        await page.FillAsync("#f-age", "45");
        await page.CheckAsync("#f-sex-female");
        await page.FillAsync("#f-items", "09040:5:2, 11674:3:1");
        await page.ClickAsync("form button[type=submit]");

        Assert.Equal("/calculator?age=45&sex=female&items=09040:5:2,11674:3:1", await page.GetAttributeAsync("#try-link", "href"));
        await page.ClickAsync("#try-link");
        Assert.Contains("1,770 mg", await page.Locator("#result").InnerTextAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_embedded_calculator_shows_in_a_frame_on_the_site_itself()
    {
        // frame-ancestors 'self': the site may frame itself. A page of our own origin holds the iframe.
        var (page, console) = await OpenAsync("/for-clinics");
        await page.EvaluateAsync("""
            () => new Promise(resolve => {
                const frame = document.createElement('iframe');
                frame.title = 'test';
                frame.src = '/calculator?age=45&sex=female&items=09040:5:2&embed=1';
                frame.onload = resolve;
                document.body.append(frame);
            })
            """);
        var frame = page.FrameLocator("iframe[title=test]");
        Assert.Equal("Open in full (opens in a new tab)", (await frame.Locator("a.open-full").TextContentAsync())?.Trim());
        Assert.Equal(0, await frame.Locator("nav.site-nav").CountAsync());
        await page.Context.CloseAsync();
    }
}
