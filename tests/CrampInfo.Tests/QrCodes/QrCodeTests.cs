using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Clinics;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.QrCodes;
using Microsoft.AspNetCore.Http;

namespace CrampInfo.Tests.QrCodes;

/// <summary>
/// QR codes of this site's links, drawn on the server as inline SVG and read back with an independent decoder:
/// on every calculator result (<c>id="result-qr"</c>, printed too), beside a link built on /for-clinics
/// (<c>id="link-qr"</c>), and as a file from /for-clinics/qr.svg for this site's calculator links only.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class QrCodeTests(AppFixture app)
{
    const string Result = "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The code's SVG: an image named for assistive technology, drawn with attributes only.</summary>
    static string AssertAccessibleSvg(IElement figure)
    {
        var svg = figure.QuerySelector("svg")!;
        Assert.NotNull(svg);
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
        Assert.Empty(figure.QuerySelectorAll("[style], img, image, use, script, foreignObject"));
        return svg.OuterHtml;
    }

    [Fact]
    public async Task A_result_carries_a_QR_code_of_its_absolute_canonical_link_with_the_link_beside_it_on_screen_and_in_print()
    {
        var (response, page) = await app.Client.GetPageAsync(Result);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var figure = page.QuerySelector("#result #result-qr")!;
        Assert.NotNull(figure);
        // Nothing around it is left out of print.
        for (var e = figure; e is not null; e = e.ParentElement)
            Assert.False(e.ClassList.Contains("no-print") || e.ClassList.Contains("print-only"), $"<{e.LocalName} class=\"{e.ClassName}\">");
        const string link = "http://localhost" + Result;
        Assert.Equal(link, figure.QuerySelector(".qr-link").Text());
        Assert.Equal(link, await QrDecoder.DecodeSvgAsync(AssertAccessibleSvg(figure)));
        Assert.Equal("qr", figure.QuerySelector("svg")!.GetAttribute("class"));
    }

    [Fact]
    public async Task An_embedded_result_codes_the_full_page_and_a_result_with_errors_still_has_its_code()
    {
        var (_, embedded) = await app.Client.GetPageAsync(Result + "&embed=1");
        Assert.Equal("http://localhost" + Result, embedded.QuerySelector("#result-qr .qr-link").Text());

        var (_, withErrors) = await app.Client.GetPageAsync("/calculator?age=abc&items=09040:5:1");
        Assert.NotNull(withErrors.QuerySelector(".error-summary"));
        Assert.Equal("http://localhost/calculator?age=abc&items=09040:5:1", withErrors.QuerySelector("#result-qr .qr-link").Text());
        Assert.NotNull(withErrors.QuerySelector("#result-qr svg"));

        var (_, empty) = await app.Client.GetPageAsync("/calculator");
        Assert.Null(empty.QuerySelector("#result-qr"));
    }

    [Fact]
    public async Task The_longest_valid_result_link_still_fits_a_code_that_decodes()
    {
        var items = string.Join(',', Enumerable.Repeat("09040:5:42.3728813559", 30));
        var path = $"/calculator?age=50.9999999999&sex=female&stage=lactating&items={items}&supplement-mg=1999.9999999999&supplement-count=20&limit-mg=9999.9999999999";
        var (response, page) = await app.Client.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Equal("http://localhost" + path, await QrDecoder.DecodeSvgAsync(AssertAccessibleSvg(page.QuerySelector("#result-qr")!)));
        // Drawn larger than an ordinary code, so its modules stay big enough to scan.
        Assert.Equal("qr qr-dense", page.QuerySelector("#result-qr svg")!.GetAttribute("class"));
    }

    [Fact]
    public async Task A_result_with_a_value_that_is_not_valid_still_carries_its_code_of_the_link_as_written()
    {
        const string path = "/calculator?age=abc&items=09040:5:1";
        var (_, page) = await app.Client.GetPageAsync(path);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("http://localhost" + path, await QrDecoder.DecodeSvgAsync(AssertAccessibleSvg(page.QuerySelector("#result-qr")!)));
    }

    [Fact]
    public void A_text_too_long_for_any_QR_code_gets_none()
    {
        Assert.Null(QrSvg.Inline(new string('a', 5000), "label"));
        Assert.Null(QrSvg.File(new string('a', 5000)));
        Assert.NotNull(QrSvg.Inline(new string('a', 2000), "label")); // past level M's capacity, within level L's
    }

    [Fact]
    public async Task A_link_built_on_for_clinics_has_its_code_beside_it_and_a_download_of_the_same_code()
    {
        var (_, page) = await app.Client.GetPageAsync("/for-clinics?age=45&sex=female&stage=&items=09040:5:2,+11674:3:1&supplement-mg=");
        var built = page.QuerySelector("#built-link").Text();
        Assert.Equal("http://localhost" + Result, built);

        var figure = page.QuerySelector("#link-qr")!;
        Assert.Equal(built, figure.QuerySelector(".qr-link").Text());
        Assert.Equal(built, await QrDecoder.DecodeSvgAsync(AssertAccessibleSvg(figure)));

        var download = figure.QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.Equal("/for-clinics/qr.svg?age=45&sex=female&items=09040:5:2,11674:3:1", download);
        using var response = await app.Client.GetAsync(download, Cancel);
        var svg = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.StartsWith("attachment;", response.Header("Content-Disposition"));
        Assert.DoesNotContain("style", svg);
        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", svg);
        System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(built, await QrDecoder.DecodeSvgAsync(svg));
    }

    [Fact]
    public async Task The_download_codes_the_canonical_calculator_link_and_nothing_else_from_the_query()
    {
        using var response = await app.Client.GetAsync("/for-clinics/qr.svg?utm_source=x&age=045&sex=FEMALE&embed=1&next=https%3A%2F%2Fevil.example%2F", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/calculator?age=45&sex=female", await QrDecoder.DecodeSvgAsync(await response.Content.ReadAsStringAsync(Cancel)));
    }

    [Theory]
    [InlineData("/for-clinics/qr.svg", "No calculator link to draw")]
    [InlineData("/for-clinics/qr.svg?url=https%3A%2F%2Fevil.example%2F", "No calculator link to draw")]
    [InlineData("/for-clinics/qr.svg?age=450", "Some values in the query string are not valid")]
    [InlineData("/for-clinics/qr.svg?items=%3Cscript%3E", "Some values in the query string are not valid")]
    public async Task Anything_but_a_valid_calculator_link_is_a_400_problem(string path, string title)
    {
        using var response = await app.Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("no-store", response.Header("Cache-Control"));
    }

    [Fact]
    public async Task Other_paths_under_for_clinics_are_404()
    {
        using var response = await app.Client.GetAsync("/for-clinics/qr.png?age=45", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Behind a trusted TLS-terminating proxy, the codes hold the address the visitor used.</summary>
[Collection(AppCollection.Name)]
public sealed class QrCodeBehindProxyTests(AppFixture shared)
{
    [Fact]
    public async Task Codes_use_the_forwarded_scheme_and_the_host_asked_for()
    {
        // An app of its own for the setting, on the shared app's database (already loaded, so it starts at once).
        await using var factory = new CrampInfoFactory(shared.Factory.DatabasePath).With("ForwardedHeaders:Enabled", "true");
        async Task<string> Body(string path, string query)
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = path;
                c.Request.QueryString = new QueryString(query);
                c.Request.Host = new HostString("crampinfo.clinic.example");
                c.Connection.RemoteIpAddress = IPAddress.Loopback;
                c.Request.Headers["X-Forwarded-Proto"] = "https";
                c.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            }, TestContext.Current.CancellationToken);
            return await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        }

        const string expected = "https://crampinfo.clinic.example/calculator?age=45&sex=female";
        var page = new HtmlParser().ParseDocument(await Body("/calculator", "?age=45&sex=female"));
        Assert.Equal(expected, await QrDecoder.DecodeSvgAsync(page.QuerySelector("#result-qr svg")!.OuterHtml));
        Assert.Equal(expected, await QrDecoder.DecodeSvgAsync(await Body("/for-clinics/qr.svg", "?age=45&sex=female")));
    }
}
