using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// One Kestrel-hosted app and one Chromium, shared by the tests of <see cref="BrowserCollection"/>.
/// A test gets a page in one line: <c>var page = await browser.OpenAsync("/food-sources", width: 390);</c>.
/// Each page has its own browser context (no shared state); all are closed when the collection ends.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    readonly ConcurrentBag<IBrowserContext> contexts = [];
    IPlaywright? playwright;
    IBrowser? browser;

    /// <summary>The app, with the small hand-made list of plan foods, so the calculator's plans are known ones.</summary>
    public KestrelApp App { get; } = (KestrelApp)new KestrelApp().WithServices(Infrastructure.HandMadePlanFoods.Use);

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled) return; // each test then skips (or fails) in OpenAsync
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>
    /// Opens <paramref name="path"/> of the app in a fresh context of the given viewport size and checks that
    /// it answered 2xx. Skips (or fails, with CRAMPINFO_REQUIRE_BROWSER=1) when Chromium is missing.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 800, bool javaScript = true)
    {
        Chromium.EnsureAvailable();
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
