using System.Net;
using CrampInfo.Tests.Clinics;
using CrampInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Security;

/// <summary>Every response carries the security headers: pages, static files, errors, problem details, the API.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
                       "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    readonly AppFixture app = new(new CrampInfoFactory()
        .With("Clinic:AccentColor", "#0b4f6c")
        .WithServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FaultOnRequest()))));
    CrampInfoFactory factory => app.Factory;
    HttpClient client => app.Client;

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public static TheoryData<string, string, HttpStatusCode> Responses => new()
    {
        { "GET", "/", HttpStatusCode.OK },
        { "HEAD", "/", HttpStatusCode.OK },
        { "GET", "/for-clinics?age=45&sex=female", HttpStatusCode.OK },
        { "GET", "/css/site.css", HttpStatusCode.OK },
        { "GET", "/favicon.svg", HttpStatusCode.OK },
        { "GET", "/clinic.css", HttpStatusCode.OK },
        { "GET", "/healthz", HttpStatusCode.OK },
        { "GET", "/no-such-page", HttpStatusCode.NotFound },
        { "GET", "/css/no-such-file.css", HttpStatusCode.NotFound },
        { "GET", "/api/no-such-thing", HttpStatusCode.NotFound },
        { "GET", "/for-clinics?fault=1", HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie(string method, string url, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Csp, response.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
        Assert.Contains("camera=()", response.Header("Permissions-Policy"));
        Assert.Contains("geolocation=()", response.Header("Permissions-Policy"));
        Assert.Equal("same-origin", response.Header("Cross-Origin-Opener-Policy"));
        Assert.Equal(url.StartsWith("/api/") ? "cross-origin" : "same-origin", response.Header("Cross-Origin-Resource-Policy"));
        Assert.False(response.HasHeader("Strict-Transport-Security")); // plain HTTP
        Assert.False(response.HasHeader("Set-Cookie"));
        Assert.False(response.HasHeader("Server"));
    }

    [Fact]
    public async Task The_API_error_is_problem_details_with_the_headers()
    {
        var response = await client.GetAsync("/api/no-such-thing", TestContext.Current.CancellationToken);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Csp, response.Header("Content-Security-Policy"));
    }

    [Fact]
    public async Task The_fault_page_hides_the_error_and_keeps_the_headers()
    {
        var response = await client.GetAsync("/for-clinics?fault=1", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(FaultOnRequest.Message, html);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
    }

    [Fact]
    public async Task HSTS_is_sent_over_HTTPS()
    {
        using var https = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var response = await https.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal("max-age=31536000", response.Header("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_the_setting_a_forwarded_https_is_not_believed()
    {
        var context = await factory.Server.SendAsync(c => FromProxy(c, "127.0.0.1"), TestContext.Current.CancellationToken);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    /// <summary>A request as a TLS-terminating proxy at <paramref name="proxy"/> forwards it.</summary>
    internal static void FromProxy(HttpContext context, string proxy)
    {
        context.Request.Method = "GET";
        context.Request.Path = "/";
        context.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        context.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
    }
}

/// <summary>Behind a TLS-terminating proxy, with forwarded headers enabled by setting.</summary>
public sealed class ForwardedHeadersTests
{
    static async Task<HttpContext> SendFromProxy(string proxy, params (string Key, string Value)[] settings)
    {
        var factory = new CrampInfoFactory().With("ForwardedHeaders:Enabled", "true");
        foreach (var (key, value) in settings) factory.With(key, value);
        try
        {
            return await factory.Server.SendAsync(c => SecurityHeadersTests.FromProxy(c, proxy), TestContext.Current.CancellationToken);
        }
        finally
        {
            await factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_proxy_on_loopback_is_believed_by_default()
    {
        var context = await SendFromProxy("127.0.0.1");
        Assert.Equal("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("198.51.100.7", context.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task A_proxy_elsewhere_is_not_believed_unless_listed()
    {
        var context = await SendFromProxy("172.18.0.5");
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("172.18.0.5", context.Connection.RemoteIpAddress?.ToString());
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "172.18.0.5")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "172.16.0.0/12")]
    [InlineData("ForwardedHeaders:TrustAllProxies", "true")]
    public async Task A_listed_proxy_or_network_or_trusting_all_is_believed(string key, string value)
    {
        var context = await SendFromProxy("172.18.0.5", (key, value));
        Assert.Equal("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("https", context.Request.Scheme);
    }
}

/// <summary>Throws inside a page when the query asks for it, to see what an unhandled error looks like.</summary>
public sealed class FaultOnRequest : IAsyncPageFilter
{
    public const string Message = "Injected fault for a test";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
        // Not on the error page that then shows it (it runs with the same query string).
        context.HttpContext.Request.Query.ContainsKey("fault") && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? throw new InvalidOperationException(Message)
            : next();
}
