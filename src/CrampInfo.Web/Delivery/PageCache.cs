using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// The server-side cache of <see cref="CachedPages"/>: ASP.NET Core's output cache, keyed by method, host
/// and path (no query string ever reaches it), holding only 200 answers that set no cookie. Each kept
/// page carries a weak ETag, a hash of its HTML, so a browser's repeat visit gets a 304 with no body.
/// The cache keeps each page compressed, once per encoding a browser asks for, so serving a kept page costs
/// no compression; and since that happens once, at the smallest size rather than the fastest.
/// </summary>
public static class PageCache
{
    /// <summary>How long a rendered page is kept. The pages cannot change while the app runs; the limit only
    /// bounds how long a page rendered during a passing fault could be served.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>What browsers are told: keep the page, but ask (with its ETag) before using it again.</summary>
    public const string BrowserCacheControl = "no-cache";

    public static IServiceCollection AddCrampInfoPageCache(this IServiceCollection services)
    {
        services.AddSingleton<CachedPageCompression>();
        return services.AddOutputCache(options =>
        {
            options.SizeLimit = 32 * 1024 * 1024;
            options.DefaultExpirationTimeSpan = Lifetime;
            options.AddBasePolicy(new CachedPagePolicy());
        });
    }

    /// <summary>
    /// The pages every visitor sees alike, answered from the cache right after the security headers: a kept page
    /// needs no routing, rendering or compression, so it skips them. Only requests for <see cref="CachedPages"/>
    /// enter this branch. A page not yet kept (or expired) goes on through the whole pipeline, is compressed here
    /// before it is stored, and gets its validators; a kept page gets its own log line, as every request does.
    /// </summary>
    public static IApplicationBuilder UseCachedPages(this IApplicationBuilder app)
    {
        var compression = app.ApplicationServices.GetRequiredService<CachedPageCompression>().Provider;
        var log = app.ApplicationServices.GetRequiredService<Serilog.ILogger>().ForContext(typeof(PageCache));
        return app.UseWhen(context => CachedPages.IsCacheable(context.Request), cached => cached
            .Use((context, next) => LogKeptPage(context, next, log))
            .Use(StampDate)
            .UseOutputCache()
            .Use(MarkRendered)
            .UseMiddleware<ResponseCompressionMiddleware>(compression)
            .UseMiddleware<PageValidators>());
    }

    const string Rendered = "CrampInfo.PageCache.Rendered";

    /// <summary>Only reached when the cache had no copy: the page renders, and the request log writes its line.</summary>
    static Task MarkRendered(HttpContext context, RequestDelegate next)
    {
        context.Items[Rendered] = true;
        return next(context);
    }

    /// <summary>The request log's line, for an answer the cache gave without the rest of the pipeline.</summary>
    static async Task LogKeptPage(HttpContext context, RequestDelegate next, Serilog.ILogger log)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await next(context);
        if (!context.Items.ContainsKey(Rendered))
            log.Information(Hosting.Logging.RequestLogTemplate, context.Request.Method, context.Request.Path.Value,
                context.Response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>A kept page's stored headers hold the Date of its first answer; every answer gets its own.</summary>
    static Task StampDate(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Date = DateTimeOffset.UtcNow.ToString("R");
            return Task.CompletedTask;
        });
        return next(context);
    }

    sealed class CachedPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var cacheable = CachedPages.IsCacheable(context.HttpContext.Request);
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            // A page may name the host it was asked for (a clinic's example links); an entry per host keeps
            // one host's answer from being served to another.
            context.CacheVaryByRules.VaryByHost = true;
            // One entry per encoding, chosen exactly as the compression inside the cache will choose it.
            var compression = context.HttpContext.RequestServices.GetRequiredService<CachedPageCompression>().Provider;
            context.CacheVaryByRules.VaryByValues["encoding"] = compression.CheckRequestAcceptsCompression(context.HttpContext)
                ? compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "identity" : "identity";
            context.ResponseExpirationTimeSpan = Lifetime;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Gives a cached page its validators as it is rendered: a weak ETag from a hash of the HTML (weak, because
/// the same page is sent gzip- or brotli-compressed or plain) and <c>Cache-Control: no-cache</c>; answers
/// 304 when the browser already holds that page. Runs only when the output cache has no copy.
/// </summary>
public sealed class PageValidators(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var html = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(html.Span), 0, 16)}\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = PageCache.BrowserCacheControl;
            // Also on the 304s the output cache answers from the stored headers; compression adds it to 200s.
            response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
            if (BrowserHolds(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        response.ContentLength = buffer.Length;
        await body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    static bool BrowserHolds(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var held)
        && held.Any(h => h.Tag == "*" || h.Compare(etag, useStrongComparison: false));
}

/// <summary>
/// Brotli or gzip at their smallest (brotli quality 11, gzip level 9) for the pages the cache keeps: each is
/// compressed once, and a patient on a slow line gets about 30% fewer bytes than at the fastest level
/// (measured on / and /calculator: brotli 1,105 to 761 and 2,895 to 2,008 bytes).
/// </summary>
public sealed class CachedPageCompression(IServiceProvider services)
{
    public IResponseCompressionProvider Provider { get; } = new ResponseCompressionProvider(services, Options.Create(Smallest()));

    static ResponseCompressionOptions Smallest()
    {
        var options = new ResponseCompressionOptions { EnableForHttps = true, MimeTypes = ["text/html"] };
        options.Providers.Add(new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions { Level = CompressionLevel.SmallestSize })));
        options.Providers.Add(new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions { Level = CompressionLevel.SmallestSize })));
        return options;
    }
}
