using CrampInfo.Tests.QrCodes;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// The QR codes as Chromium draws them, on screen and in print, read back by zbarimg from a screenshot: what a
/// phone camera would see. The strict CSP blocks nothing they use.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QrCodeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_result_and_built_link_codes_scan_as_drawn_on_screen_and_in_print()
    {
        QrDecoder.EnsureAvailable();
        const string result = "calculator?age=45&sex=female&items=09040:5:2,11674:3:1";
        var page = await browser.OpenAsync("/" + result, width: 390);
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") console.Add(message.Text); };
        await page.ReloadAsync();

        var expected = new Uri(browser.App.BaseAddress, result).ToString();
        var code = page.Locator("#result-qr svg");
        Assert.Equal(expected, await QrDecoder.DecodeAsync(await code.ScreenshotAsync()));
        Assert.Equal(expected, await page.Locator("#result-qr .qr-link").InnerTextAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await code.IsVisibleAsync());
        Assert.True(await page.Locator("#result-qr .qr-link").IsVisibleAsync());
        Assert.Equal(expected, await QrDecoder.DecodeAsync(await code.ScreenshotAsync()));

        var builder = await browser.OpenAsync("/for-clinics?age=45&sex=female&items=09040:5:2", width: 1280);
        var built = await builder.Locator("#built-link").InnerTextAsync();
        Assert.Equal(built, await QrDecoder.DecodeAsync(await builder.Locator("#link-qr svg").ScreenshotAsync()));
        Assert.Empty(console);
    }
}
