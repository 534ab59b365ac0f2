using System.Net;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Clinics;

/// <summary><c>embed=1</c> on any page: the compact layout for a clinic's iframe.</summary>
public sealed class EmbedTests : IAsyncLifetime
{
    readonly AppFixture app = new(new CrampInfoFactory()
        .With("Clinic:Name", "Riverside Family Clinic")
        .With("Clinic:Url", "https://www.riverside.example/"));
    CrampInfoFactory factory => app.Factory;
    HttpClient client => app.Client;

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/?embed=1")]
    [InlineData("/for-clinics?embed=1")]
    [InlineData("/for-clinics?age=45&embed=1&sex=female")]
    public async Task The_embedded_page_drops_the_navigation_and_footer_links_and_keeps_the_clinic_and_disclaimer(string url)
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("embed", page.Body!.ClassName);
        Assert.Null(page.QuerySelector("nav.site-nav"));
        Assert.Null(page.QuerySelector(".footer-links"));
        Assert.StartsWith("Provided by Riverside Family Clinic", page.QuerySelector(".provided-by").Text());
        Assert.Equal("_top", page.QuerySelector(".provided-by a")!.GetAttribute("target")); // the clinic's own site opens as the whole page
        Assert.StartsWith("This site gives general facts, not medical advice.", page.QuerySelector("footer .disclaimer").Text());
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/?embed=1", "/")]
    [InlineData("/for-clinics?embed=1", "/for-clinics")]
    [InlineData("/for-clinics?age=45&embed=1&items=09040:5:2&items=11674:3:1", "/for-clinics?age=45&items=09040:5:2&items=11674:3:1")]
    [InlineData("/for-clinics?Embed=1&sex=female", "/for-clinics?sex=female")]
    public async Task Open_in_full_is_the_same_page_without_embed_in_a_new_tab(string url, string expected)
    {
        var (_, page) = await client.GetPageAsync(url);

        var open = page.QuerySelector("a.open-full")!;
        Assert.Equal(expected, open.GetAttribute("href"));
        Assert.Equal("_blank", open.GetAttribute("target"));
        Assert.Equal("noopener", open.GetAttribute("rel"));
        Assert.Equal("Open in full (opens in a new tab)", open.Text());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?embed=0")]
    [InlineData("/?embed=yes")]
    [InlineData("/?embed=1&embed=1")]
    public async Task Without_embed_1_the_page_has_the_full_layout(string url)
    {
        var (_, page) = await client.GetPageAsync(url);

        Assert.NotNull(page.QuerySelector("nav.site-nav"));
        Assert.NotNull(page.QuerySelector(".footer-links"));
        Assert.Null(page.QuerySelector("a.open-full"));
        Assert.Equal("", page.Body!.ClassName ?? "");
    }

    [Fact]
    public async Task A_missing_page_asked_for_embedded_stays_compact_and_opens_the_home_page_in_full()
    {
        var (response, page) = await client.GetPageAsync("/no-such-page?embed=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("embed", page.Body!.ClassName);
        Assert.Null(page.QuerySelector("nav.site-nav"));
        Assert.Equal("/", page.QuerySelector("a.open-full")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("//evil.example/x", "?embed=1", "/")]
    [InlineData("/\\evil.example/x", "?embed=1", "/")]
    [InlineData("/treatment", "?embed=1&a=%2F%2Fevil", "/treatment?a=%2F%2Fevil")]
    public void Open_in_full_never_points_at_another_site(string path, string query, string expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query);

        Assert.True(CrampInfo.Web.Site.Embed.IsOn(context));
        Assert.Equal(expected, CrampInfo.Web.Site.Embed.FullPageUrl(context));
    }
}
