using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// <c>Server-Timing: app;dur=0.42</c>: the milliseconds a request took on the server, apart from the network
/// and the client, so the benchmark (and anyone calling the site) can read the server's share. On API
/// answers it is the endpoint's time; on a page it runs from the page's handler to the moment the response
/// starts, so it includes rendering the page.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public static string Value(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed.TotalMilliseconds:0.###}");

    public static TBuilder WithServerTiming<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await next(context);
            context.HttpContext.Response.Headers[HeaderName] = Value(Stopwatch.GetElapsedTime(started));
            return result;
        });
}

/// <summary>
/// <see cref="ServerTiming"/> for a Razor page: from its handler to the first byte of the response. Not on
/// pages the server keeps (<see cref="CachedPages"/>): a kept copy would repeat the time of its first answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServerTimingAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!CachedPages.IsCacheable(http.Request))
        {
            var started = Stopwatch.GetTimestamp();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[ServerTiming.HeaderName] = ServerTiming.Value(Stopwatch.GetElapsedTime(started));
                return Task.CompletedTask;
            });
        }
        return next();
    }
}
