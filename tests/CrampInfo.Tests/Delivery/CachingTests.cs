using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Delivery;

namespace CrampInfo.Tests.Delivery;

/// <summary>
/// What makes repeat visits cheap: pages every visitor sees alike are kept on the server and answered with
/// an ETag (304 when the browser holds them); static files are fingerprinted and cached for a year; answers
/// are compressed. And what must never happen: a calculator result kept on the server.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CachingTests(AppFixture app)
{
    const string FiveItems = "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1,09279:2:3,09298:4:1,09291:2:5";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<HttpResponseMessage> Get(string url, string? ifNoneMatch = null, string acceptEncoding = "br, gzip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await app.Client.SendAsync(request, Cancel);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/calculator")]
    public async Task A_page_without_a_query_string_is_compressed_kept_on_the_server_and_answered_304_when_unchanged(string path)
    {
        using var first = await Get(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak, "one weak ETag covers the brotli, gzip and plain copies of the page");
        Assert.True(first.Headers.CacheControl?.NoCache, "browsers keep the page but check it before using it again");

        using var again = await Get(path);
        Assert.NotNull(again.Headers.Age);   // the output cache's mark: served from the server's copy
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Cancel), await again.Content.ReadAsByteArrayAsync(Cancel));

        using var gzip = await Get(path, acceptEncoding: "gzip");
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(etag, gzip.Headers.ETag);

        using var revisit = await Get(path, ifNoneMatch: etag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revisit.StatusCode);
        Assert.Empty(await revisit.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(etag, revisit.Headers.ETag);

        using var changed = await Get(path, ifNoneMatch: "W/\"0123456789abcdef0123456789abcdef\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task A_page_answered_from_the_cache_keeps_its_log_line()
    {
        using var first = await Get("/references");
        using var second = await Get("/references");
        Assert.NotNull(second.Headers.Age); // the second came from the cache, before the request log's middleware
        var lines = app.Factory.Logs.Events
            .Where(e => e.MessageTemplate.Text == CrampInfo.Web.Hosting.Logging.RequestLogTemplate
                        && e.Properties["RequestPath"].ToString() == "\"/references\"" && e.Properties["StatusCode"].ToString() == "200")
            .ToList();
        Assert.True(lines.Count >= 2, $"{lines.Count} log lines for /references");
    }

    [Fact]
    public async Task A_kept_page_is_sent_with_the_date_of_each_answer_not_of_the_first()
    {
        using var first = await Get("/about");
        await Task.Delay(TimeSpan.FromSeconds(1.1), Cancel);
        using var second = await Get("/about");
        Assert.Equal(first.Headers.ETag, second.Headers.ETag); // the same kept page
        Assert.NotNull(first.Headers.Date);
        Assert.True(second.Headers.Date > first.Headers.Date, $"{first.Headers.Date} then {second.Headers.Date}");
        Assert.True(Math.Abs((DateTimeOffset.UtcNow - second.Headers.Date!.Value).TotalSeconds) < 5);
    }

    [Fact]
    public async Task The_etag_is_a_hash_of_the_page_so_it_survives_a_restart_and_changes_with_the_page()
    {
        using var other = new CrampInfoFactory(environment: "Production").With("Clinic:Name", "Riverside Clinic");
        using var client = other.CreateClient();
        using var ours = await Get("/");
        using var clinics = await client.GetAsync("/", Cancel);
        Assert.Contains("Riverside Clinic", await clinics.Content.ReadAsStringAsync(Cancel));
        Assert.NotEqual(ours.Headers.ETag, clinics.Headers.ETag);

        using var same = new CrampInfoFactory(environment: "Production");
        using var sameClient = same.CreateClient();
        using var restarted = await sameClient.GetAsync("/", Cancel);
        Assert.Equal(ours.Headers.ETag, restarted.Headers.ETag);
    }

    [Theory]
    [InlineData(FiveItems)]
    [InlineData("/calculator?q=banana")]
    [InlineData("/?utm_source=leaflet")]
    public async Task A_request_with_a_query_string_is_never_kept_on_the_server(string url)
    {
        using var first = await Get(url);
        using var second = await Get(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Null(second.Headers.ETag);
        Assert.NotNull(second.Content.Headers.ContentEncoding.SingleOrDefault());   // still compressed
    }

    [Fact]
    public async Task Static_files_are_linked_with_a_content_hash_cached_for_a_year_and_compressed()
    {
        using var page = await Get("/calculator", acceptEncoding: "identity");
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Cancel));
        var assets = document.QuerySelectorAll("link[rel~='stylesheet'], link[rel~='icon'], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.True(assets.Count >= 3, $"expected the stylesheet, the icon and the script, got {string.Join(", ", assets)}");
        foreach (var asset in assets)
        {
            Assert.Matches(@"\?v=[A-Za-z0-9_-]{20,}$", asset);
            using var response = await Get(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.True(response.Headers.CacheControl?.Public);
            Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [Fact]
    public async Task Api_answers_are_compressed_and_say_how_long_the_server_took()
    {
        using var response = await Get("/api/foods?q=banana");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var timing = Assert.Single(response.Headers.GetValues(ServerTiming.HeaderName));
        Assert.Matches(@"^app;dur=\d+(\.\d+)?$", timing);
    }

    [Fact]
    public async Task A_calculator_result_says_how_long_the_server_took_and_the_kept_empty_form_does_not()
    {
        using var result = await Get(FiveItems);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Matches(@"^app;dur=\d+(\.\d+)?$", Assert.Single(result.Headers.GetValues(ServerTiming.HeaderName)));

        using var kept = await Get("/calculator");
        Assert.False(kept.Headers.Contains(ServerTiming.HeaderName), "a kept page would repeat the time of its first answer");
    }
}
