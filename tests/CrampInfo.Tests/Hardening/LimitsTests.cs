using CrampInfo.Web.Security;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Configuration;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Hosting;
using CrampInfo.Web.Pages.Calculator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrampInfo.Tests.Hardening;

/// <summary>GET and HEAD everywhere, preflight on the API, 405 for the rest; the query-string cap. Through real Kestrel.</summary>
[Collection(KestrelAppCollection.Name)]
public sealed class MethodAndLengthTests(KestrelAppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Pages, the API, static files, health, the OpenAPI document and paths that do not exist.</summary>
    static readonly string[] Paths =
    [
        "/calculator", "/calculator?items=09040:5:1", "/api/intake?items=09040:5:1", "/api/foods?q=banana", "/api/foods/09040",
        "/api/reference-intakes", "/api/nothing-here", "/openapi/v1.json", "/healthz", "/css/site.css", "/js/calculator.js",
        "/favicon.svg", "/nothing-here", "/error/404", "/for-clinics/qr.svg?age=45", .. BadInputCorpus.ContentPages,
    ];

    public static TheoryData<string, string> PathsAndRefusedMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Paths)
            foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "OPTIONS" })
                data.Add(method, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(PathsAndRefusedMethods))]
    public async Task Other_methods_get_405_with_Allow_and_a_friendly_answer(string method, string path)
    {
        var request = method is "POST" or "PUT" or "PATCH"
            ? RawHttp.RequestWithBody(method, path, "age=45&items=09040:5:1")
            : RawHttp.Request(method, path);
        var response = await app.SendAsync(request);

        Assert.Equal(405, response.Status);
        var api = path.StartsWith("/api/", StringComparison.Ordinal);
        Assert.Equal(api ? "GET, HEAD, OPTIONS" : "GET, HEAD", response.Header("Allow"));
        if (api)
        {
            Assert.Equal("application/problem+json", response.MediaType);
            using var problem = JsonDocument.Parse(response.Body);
            Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
        }
        else
        {
            Assert.Equal("text/html", response.MediaType);
            var page = new HtmlParser().ParseDocument(response.Text);
            Assert.Equal("That kind of request is not allowed here", page.QuerySelector("h1")?.TextContent.Trim());
        }
    }

    public static TheoryData<string> ReadablePaths() => new(Paths.Where(p => p != "/error/404"));

    [Theory]
    [MemberData(nameof(ReadablePaths))]
    public async Task HEAD_answers_like_GET_without_a_body(string path)
    {
        var get = await app.SendAsync(RawHttp.Request("GET", path));
        // HEAD on a kept-alive connection, then a GET: if the server sent any body for HEAD, the second answer
        // would not start right after the first one's headers.
        var exchange = await RawHttp.ExchangeAsync(app.Address,
            [.. RawHttp.Request("HEAD", path, keepAlive: true), .. RawHttp.Request("GET", "/healthz")], Cancel);
        var text = Encoding.Latin1.GetString(exchange);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = RawHttp.Parse(exchange[..(headEnd + 4)], head: true);
        Assert.Equal(get.Status, head.Status);
        Assert.Equal(get.MediaType, head.MediaType);
        Assert.StartsWith("HTTP/1.1 200 OK", text[(headEnd + 4)..]);
        Assert.Equal("Healthy", RawHttp.Parse(exchange[(headEnd + 4)..]).Text);
    }

    [Theory]
    [InlineData("/api/intake")]
    [InlineData("/api/foods")]
    [InlineData("/api/foods/09040")]
    [InlineData("/api/reference-intakes")]
    public async Task The_API_answers_CORS_preflight(string path)
    {
        var response = await app.SendAsync(RawHttp.Request("OPTIONS", path,
            ("Origin", "https://clinic.example"), ("Access-Control-Request-Method", "GET")));
        Assert.Equal(204, response.Status);
        Assert.Contains("GET", response.Header("Access-Control-Allow-Methods"));
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_longest_valid_calculator_link_is_well_under_the_query_cap_and_is_answered()
    {
        // 30 items at their longest valid form, ':' and ',' percent-encoded as a script might send them:
        // 42.3728813559 medium bananas (118 g each) is 4,999.99... g, just under the 5,000 g an item may weigh.
        var item = "09040%3A5%3A42.3728813559";
        var query = "age=45.0000000000&sex=female&stage=lactating&items=" + string.Join("%2C", Enumerable.Repeat(item, CalculatorParameters.MaxItems))
            + "&supplement-mg=1999.9999999999&supplement-count=20&limit-mg=9999.9999999999&embed=1"
            + "&utm_source=clinic-newsletter&utm_medium=email&utm_campaign=leg-cramps-2026";
        var response = await app.GetAsync($"/calculator?{query}");
        Assert.Equal(200, response.Status);
        var page = new HtmlParser().ParseDocument(response.Text);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Equal(30, page.QuerySelectorAll(".items-table tbody tr:not(.supplement-row)").Length);
        Assert.True(query.Length + 1 < QueryStringCap.MaxQueryStringLength / 10, $"The longest valid link is {query.Length + 1} characters.");
        // The form's own GET submission for 30 rows (before its 303 to the link above) fits too.
        var rows = string.Concat(Enumerable.Range(0, 30).Select(i => $"&food=09040&qty=42.3728813559&portion=5"));
        var picks = string.Concat(Enumerable.Range(0, 10).Select(i => $"&pick-{11000 + i}=1234"));
        var form = $"form=calculator&calc=1&age=45.0000000000&sex=female&stage=lactating{rows}&q=baked%20potato%20with%20skin{picks}"
            + "&supplement-strength=1999.9999999999&supplement-unit=mg&supplement-count=20&limit-mg=9999.9999999999&embed=1";
        Assert.True(form.Length + 1 < QueryStringCap.MaxQueryStringLength / 10, $"The longest form submission is {form.Length + 1} characters.");
        Assert.Equal(303, (await app.GetAsync($"/calculator?{form}")).Status);
    }

    [Theory]
    [InlineData("/calculator")]
    [InlineData("/api/intake")]
    public async Task A_query_string_at_the_cap_is_read_and_one_character_more_gets_414(string path)
    {
        string Query(int length) => "?items=09040:5:1&x=" + new string('a', length - "?items=09040:5:1&x=".Length);
        var atCap = await app.GetAsync(path + Query(QueryStringCap.MaxQueryStringLength));
        Assert.Equal(200, atCap.Status);
        var over = await app.GetAsync(path + Query(QueryStringCap.MaxQueryStringLength + 1));
        Assert.Equal(414, over.Status);
        // Up to Kestrel's own request-line cap the site answers with its page; past it, Kestrel's bare 414.
        var nearKestrel = await app.GetAsync(path + Query(QueryStringCap.MaxRequestLineBytes - 100));
        Assert.Equal(414, nearKestrel.Status);
        Assert.NotEmpty(nearKestrel.Body);
        var pastKestrel = await app.GetAsync(path + Query(QueryStringCap.MaxRequestLineBytes + 1));
        Assert.Equal(414, pastKestrel.Status);
        Assert.Empty(pastKestrel.Body);
    }
}

/// <summary>The per-address rate limit on /api/.</summary>
public sealed class RateLimitTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task<(int Status, string? RetryAfter, string Body)> Get(CrampInfoFactory factory, string path, string address)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            var parts = path.Split('?', 2);
            c.Request.Path = parts[0];
            if (parts.Length == 2) c.Request.QueryString = new QueryString("?" + parts[1]);
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        }, Cancel);
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(Cancel);
        return (context.Response.StatusCode, context.Response.Headers.RetryAfter.FirstOrDefault(), body);
    }

    [Fact]
    public async Task Past_the_limit_one_address_gets_429_with_Retry_After_and_problem_details_while_others_and_pages_are_served()
    {
        using var factory = new CrampInfoFactory().With("RateLimiting:ApiPermitsPerMinute", "5");
        for (var i = 0; i < 5; i++)
            Assert.Equal(200, (await Get(factory, "/api/reference-intakes", "203.0.113.7")).Status);
        var (status, retryAfter, body) = await Get(factory, "/api/foods?q=banana", "203.0.113.7");
        Assert.Equal(429, status);
        // 5 a minute refill one every 12 seconds.
        Assert.InRange(int.Parse(retryAfter!, CultureInfo.InvariantCulture), 1, 12);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("5 API requests a minute", problem.RootElement.GetProperty("detail").GetString());

        Assert.Equal(200, (await Get(factory, "/api/reference-intakes", "198.51.100.20")).Status);
        Assert.Equal(200, (await Get(factory, "/calculator?items=09040:5:1", "203.0.113.7")).Status);
        Assert.Equal(200, (await Get(factory, "/healthz", "203.0.113.7")).Status);
    }

    [Fact]
    public async Task Infobutton_requests_GET_and_POST_count_against_the_same_limit_as_the_API()
    {
        using var factory = new CrampInfoFactory().With("RateLimiting:ApiPermitsPerMinute", "3");
        const string query = "mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90";
        Assert.Equal(303, (await Get(factory, $"/infobutton?{query}", "203.0.113.9")).Status);
        Assert.Equal(200, (await Get(factory, "/api/reference-intakes", "203.0.113.9")).Status);
        var post = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/infobutton";
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(query));
            c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        }, Cancel);
        Assert.Equal(303, post.Response.StatusCode);

        var (status, retryAfter, body) = await Get(factory, $"/infobutton?{query}", "203.0.113.9");
        Assert.Equal(429, status);
        Assert.NotNull(retryAfter);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(303, (await Get(factory, $"/infobutton?{query}", "198.51.100.21")).Status);
        Assert.Equal(200, (await Get(factory, "/treatment", "203.0.113.9")).Status);
    }

    [Fact]
    public async Task By_default_a_waiting_room_behind_one_address_can_make_600_API_requests_at_once()
    {
        using var factory = new CrampInfoFactory();
        Assert.Equal(RateLimitingOptions.DefaultApiPermitsPerMinute, factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>().Value.Permits);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 600).Select(i =>
            Get(factory, i % 2 == 0 ? "/api/foods?q=banana" : "/api/intake?items=09040:5:1", "192.0.2.1")));
        Assert.All(statuses, s => Assert.Equal(200, s.Status));
    }

    [Fact]
    public async Task Zero_turns_the_limit_off()
    {
        using var factory = new CrampInfoFactory().With("RateLimiting:ApiPermitsPerMinute", "0");
        var statuses = await Task.WhenAll(Enumerable.Range(0, RateLimitingOptions.DefaultApiPermitsPerMinute + 100).Select(_ =>
            Get(factory, "/api/reference-intakes", "192.0.2.2")));
        Assert.All(statuses, s => Assert.Equal(200, s.Status));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    [InlineData("1.5")]
    public async Task A_rate_that_is_not_a_whole_number_of_0_or_more_is_ignored_with_a_warning_and_the_default_applies(string value)
    {
        using var factory = new CrampInfoFactory().With("RateLimiting:ApiPermitsPerMinute", value);
        var statuses = await Task.WhenAll(Enumerable.Range(0, RateLimitingOptions.DefaultApiPermitsPerMinute + 100).Select(_ =>
            Get(factory, "/api/reference-intakes", "192.0.2.3")));
        Assert.Contains(statuses, s => s.Status == 429);
        Assert.True(statuses.Count(s => s.Status == 200) >= RateLimitingOptions.DefaultApiPermitsPerMinute);
        Assert.Contains(factory.Logs.Lines, l => l.StartsWith("Warning Ignoring") && l.Contains("RateLimiting:ApiPermitsPerMinute"));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::")]
    public void Clients_are_keyed_by_IPv4_address_or_IPv6_64_prefix(string address, string key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(key, ApiRateLimit.ClientKey(context));
    }
}
