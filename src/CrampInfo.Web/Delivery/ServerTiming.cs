using System.Diagnostics;
using System.Globalization;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// <c>Server-Timing: app;dur=0.42</c> on API answers: the milliseconds the endpoint took on the server, apart
/// from the network and the client, so the benchmark (and anyone calling the API) can read the server's share.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public static TBuilder WithServerTiming<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await next(context);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.HttpContext.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed:0.###}");
            return result;
        });
}
