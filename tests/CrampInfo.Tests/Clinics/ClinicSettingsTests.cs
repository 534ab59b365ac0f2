using CrampInfo.Web.Branding;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Site;

namespace CrampInfo.Tests.Clinics;

/// <summary>A clinic's settings reach every page's header and footer, the colour stylesheet, the logo and the CSP.</summary>
public sealed class ClinicSettingsTests : IAsyncLifetime
{
    // The smallest valid PNG: one transparent pixel.
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    readonly AppFixture app = new(new());
    CrampInfoFactory factory => app.Factory;
    HttpClient client => app.Client;

    public ValueTask InitializeAsync()
    {
        var logo = Path.Combine(factory.Folder, "logo.png");
        File.WriteAllBytes(logo, Png);
        factory
            .With("Clinic:Name", "Riverside Family Clinic")
            .With("Clinic:Url", "https://www.riverside.example/patients")
            .With("Clinic:Phone", "+1 (555) 010-0100")
            .With("Clinic:LogoPath", logo)
            .With("Clinic:AccentColor", "#FFCC00")
            .With("Embedding:AllowedOrigins:0", "https://www.riverside.example")
            .With("Embedding:AllowedOrigins:1", "http://intranet.riverside.example:8443/")
            .With("Content:LastReviewed", "2027-02-03");
        return app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/for-clinics")]
    [InlineData("/no-such-page")]
    public async Task Every_page_says_provided_by_the_clinic_with_its_link_phone_and_logo(string path)
    {
        var (_, page) = await client.GetPageAsync(path);

        var providedBy = page.QuerySelector("header .provided-by");
        Assert.NotNull(providedBy);
        Assert.StartsWith("Provided by Riverside Family Clinic", providedBy.Text());
        var link = providedBy.QuerySelector("a[href^='https:']")!;
        Assert.Equal("https://www.riverside.example/patients", link.GetAttribute("href"));
        Assert.Equal("Riverside Family Clinic", link.Text());
        var phone = providedBy.QuerySelector("a[href^='tel:']")!;
        Assert.Equal("tel:+15550100100", phone.GetAttribute("href"));
        Assert.Equal("+1 (555) 010-0100", phone.Text());
        var logo = link.QuerySelector("img")!;
        Assert.StartsWith(ClinicBranding.LogoPath + "?v=", logo.GetAttribute("src"));
        Assert.Equal("", logo.GetAttribute("alt")); // the clinic's name beside it is the link's text
    }

    [Fact]
    public async Task The_footer_shows_the_configured_last_reviewed_date()
    {
        var (_, page) = await client.GetPageAsync("/");
        var time = page.QuerySelector("footer time")!;
        Assert.Equal("2027-02-03", time.GetAttribute("datetime"));
        Assert.Equal("3 February 2027", time.Text());
    }

    [Fact]
    public async Task The_logo_is_served_from_its_fixed_path_with_its_content_type()
    {
        var (_, page) = await client.GetPageAsync("/");
        var src = page.QuerySelector(".provided-by img")!.GetAttribute("src")!;

        var response = await client.GetAsync(src, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("immutable", response.Header("Cache-Control"));
    }

    [Fact]
    public async Task The_accent_colour_is_a_linked_stylesheet_with_black_text_on_a_light_colour()
    {
        var (_, page) = await client.GetPageAsync("/");
        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith(ClinicBranding.StylesheetPath));

        var response = await client.GetAsync(href, TestContext.Current.CancellationToken);
        var css = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--accent: #ffcc00;", css);
        Assert.Contains("--accent-text: #000000;", css); // yellow: black text reads far better than white
        // Accent-coloured text on white would be unreadable, so that falls back to the body text colour.
        Assert.Contains("--accent-ink: #1b1b1b;", css);
        // The pages themselves carry no inline styles for it (the CSP allows none).
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }

    [Fact]
    public async Task Frame_ancestors_lists_the_allowed_origins_after_self()
    {
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var csp = response.Header("Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self' https://www.riverside.example http://intranet.riverside.example:8443;", csp + ";");
    }

    [Fact]
    public async Task The_logo_and_stylesheet_paths_take_nothing_from_the_query_string()
    {
        var response = await client.GetAsync(ClinicBranding.LogoPath + "?path=/etc/passwd&v=x", TestContext.Current.CancellationToken);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("no-cache", response.Header("Cache-Control")); // an old or made-up version is not cached for good
    }
}

public sealed class ContrastTests
{
    [Theory]
    [InlineData("#ffcc00", "#000000")]
    [InlineData("#0b4f6c", "#ffffff")]
    [InlineData("#767676", "#000000")]
    [InlineData("#777777", "#000000")]
    [InlineData("#757575", "#ffffff")]
    [InlineData("#ffffff", "#000000")]
    [InlineData("#000000", "#ffffff")]
    public void Text_on_the_accent_is_whichever_of_black_and_white_contrasts_more(string background, string expected) =>
        Assert.Equal(expected, Contrast.BestTextOn(background));

    [Fact]
    public void Every_accent_colour_gets_text_with_at_least_AA_contrast_on_the_header_and_the_darker_navigation()
    {
        for (var r = 0; r < 256; r += 15)
        for (var g = 0; g < 256; g += 15)
        for (var b = 0; b < 256; b += 15)
        {
            var accent = $"#{r:x2}{g:x2}{b:x2}";
            Assert.True(Contrast.Ratio(accent, Contrast.BestTextOn(accent)) >= 4.5, accent);
            var nav = Contrast.Darken(accent, 0.18);
            Assert.True(Contrast.Ratio(nav, Contrast.BestTextOn(nav)) >= 4.5, nav);
        }
    }

    [Fact]
    public void Contrast_ratios_match_WCAG()
    {
        Assert.Equal(21.0, Contrast.Ratio("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, Contrast.Ratio("#767676", "#ffffff"), 2);
        Assert.Equal("#d1a700", Contrast.Darken("#ffcc00", 0.18));
    }
}
