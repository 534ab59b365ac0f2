using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using CrampInfo.Web.Infobutton;
using CrampInfo.Web.Settings;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrampInfo.Web.Security;

/// <summary>
/// A fair share of what programs call (the API and /infobutton) per client address (the forwarded one behind a
/// trusted proxy): <c>RateLimiting:ApiPermitsPerMinute</c>, in bursts of up to the same number; 0 turns it off.
/// Past it: 429 with <c>Retry-After</c> and problem details. Pages people read are never limited.
/// </summary>
public static class ApiRateLimit
{
    public static IServiceCollection AddApiRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((options, settings) =>
        {
            var permits = settings.Value.Permits;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                permits == 0 || !IsRateLimited(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => ApiBucket(permits)));
            options.OnRejected = (context, _) => RejectAsync(context, permits);
        });
        return services;
    }

    static bool IsRateLimited(PathString path) => ApiPaths.IsApi(path) || InfobuttonModel.IsInfobutton(path);

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
