using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Hosting;

/// <summary>The <c>RateLimiting</c> settings section.</summary>
public static class RateLimitSettings
{
    public const string PermitsKey = "RateLimiting:ApiPermitsPerMinute";

    /// <summary>
    /// API requests one client address may make in a minute, in bursts of up to the same number; 0 turns the
    /// limit off. Generous on purpose: a clinic's waiting room behind one address shares it. Like every
    /// setting, a value that is not a whole number of 0 or more is ignored with a warning, never a failed start.
    /// </summary>
    public static int ApiPermitsPerMinute(IConfiguration configuration, ILogger log)
    {
        var text = configuration[PermitsKey];
        if (string.IsNullOrWhiteSpace(text)) return Limits.DefaultApiPermitsPerMinute;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var permits)) return permits;
        log.LogWarning("Ignoring {Key}: it must be 0 (no limit) or a positive whole number; using {Default}", PermitsKey, Limits.DefaultApiPermitsPerMinute);
        return Limits.DefaultApiPermitsPerMinute;
    }
}

/// <summary>
/// What the site accepts before any page or endpoint runs: GET and HEAD (CORS preflight on the API, a form POST
/// on /infobutton), a query string no longer than any real calculator link needs, and a fair share of the API
/// (and of /infobutton, which programs call the same way) per client address.
/// </summary>
public static class Limits
{
    /// <summary>
    /// Longest query string (with its '?') the site reads; longer gets 414. The longest valid calculator link is
    /// about 1,100 characters: 30 items at their longest (<c>NNNNN:NNNN:5000.0000000000</c>) with ':' and ','
    /// percent-encoded, plus every other parameter at its longest; the no-JavaScript form's own submission
    /// (30 food rows, 10 search results, a search text) stays near 1,500. 16,384 is ten times that: room for a
    /// clinic's tracking parameters, and a pasted list of up to about 1,000 short items still reaches the
    /// calculator, whose message names the 30-item limit, rather than a bare refusal.
    /// </summary>
    public const int MaxQueryStringLength = 16 * 1024;

    /// <summary>
    /// Kestrel's own cap on the request line (method, path, query, version), raised from its 8 KB default to
    /// stay above <see cref="MaxQueryStringLength"/> with room for any path, so an overlong link gets the site's
    /// friendly 414 page; a request line longer than this gets Kestrel's bare 414 without being buffered.
    /// </summary>
    public const int MaxRequestLineBytes = 32 * 1024;

    public const int DefaultApiPermitsPerMinute = 1200;

    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(8);

    const string AllowPages = "GET, HEAD";
    const string AllowApi = "GET, HEAD, OPTIONS";
    const string AllowInfobutton = "GET, HEAD, POST";

    public static WebApplicationBuilder AddCrampInfoLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes);

        // Requests in flight get this long to finish on SIGTERM: inside Docker's 10 s grace before it kills.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, logs) =>
        {
            var permits = RateLimitSettings.ApiPermitsPerMinute(configuration, logs.CreateLogger(typeof(Limits)));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                permits == 0 || !IsRateLimited(context.Request)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => ApiBucket(permits)));
            options.OnRejected = (context, _) => RejectAsync(context, permits);
        });
        return builder;
    }

    /// <summary>
    /// Runs before routing and inside the error pages, so a 405 or 414 is answered with the friendly page (or
    /// problem details under /api). Put it after <c>UseForwardedHeaders</c>: the rate limit is per client address.
    /// </summary>
    public static WebApplication UseCrampInfoLimits(this WebApplication app)
    {
        app.Use(AllowOnlyReading);
        app.Use(CapQueryString);
        app.UseRateLimiter();
        return app;
    }

    static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Records systems post their forms here (HL7 infobutton): the one place a POST is read.</summary>
    static bool IsInfobutton(HttpRequest request) =>
        request.Path.StartsWithSegments(Infobutton.InfobuttonModel.Path, StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is null or "" or "/";

    /// <summary>What programs call: the API and /infobutton. Pages people read are never limited.</summary>
    static bool IsRateLimited(HttpRequest request) => IsApi(request) || IsInfobutton(request);

    static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    /// <summary>
    /// GET and HEAD everywhere; OPTIONS only as a CORS preflight on the API; POST only on /infobutton; 405 with
    /// <c>Allow</c> for anything else. A HEAD request runs as GET (the server sends the headers without the body), so every endpoint,
    /// minimal API ones included, answers it.
    /// </summary>
    static async Task AllowOnlyReading(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }
        // The error page shown for a rejected request renders like a GET, whatever the method was.
        if (HttpMethods.IsHead(request.Method) || IsReExecuted(context))
        {
            var method = request.Method;
            request.Method = HttpMethods.Get;
            try { await next(context); }
            finally { request.Method = method; }
            return;
        }
        var api = IsApi(request);
        var infobutton = IsInfobutton(request);
        if ((api && HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
            || (infobutton && HttpMethods.IsPost(request.Method)))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = api ? AllowApi : infobutton ? AllowInfobutton : AllowPages;
    }

    static Task CapQueryString(HttpContext context, RequestDelegate next)
    {
        if (context.Request.QueryString.Value?.Length > MaxQueryStringLength && !IsReExecuted(context))
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>
    /// A bucket that holds a minute's permits and refills at the same rate, in steps of about a second: a burst
    /// (a page of type-ahead from a waiting room) passes, a steady flood is held to the rate.
    /// </summary>
    static TokenBucketRateLimiterOptions ApiBucket(int permitsPerMinute)
    {
        var perStep = Math.Max(1, (int)Math.Ceiling(permitsPerMinute / 60.0));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permitsPerMinute,
            TokensPerPeriod = perStep,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * perStep / permitsPerMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <summary>
    /// The client's address (the forwarded one when forwarded headers are enabled). An IPv6 client is keyed by
    /// its /64, since one home or office network gets a whole /64 and can pick any address in it.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return address.ToString();
    }

    static async ValueTask RejectAsync(OnRejectedContext context, int permits)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This address has used its {permits:#,0} API requests a minute. Try again in {seconds} second{(seconds == 1 ? "" : "s")}.",
            },
        });
    }
}
