using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Security;

/// <summary>
/// The headers every response carries, pages, static files, errors and API answers alike. They are set when the
/// response starts, so an error page that cleared the headers still gets them.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<EmbeddingOptions> embedding)
{
    /// <summary>
    /// Nothing but our own scripts, styles and images (no inline code: the pages need none), no plugins, no
    /// <c>&lt;base&gt;</c>, forms only to ourselves, and framing only by the site itself and the origins the
    /// clinic allows (<c>Embedding:AllowedOrigins</c>).
    /// </summary>
    public string ContentSecurityPolicy { get; } = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors " + string.Join(' ', ["'self'", .. embedding.Value.FrameAncestors]));

    /// <summary>Browser features the site never uses, turned off for it and anything it might frame.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), " +
        "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), " +
        "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), " +
        "xr-spatial-tracking=()";

    /// <summary>A year; sent only on HTTPS (directly, or through a trusted TLS-terminating proxy).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        // Decided now: an error page re-executes under another path.
        var publicApi = ApiPaths.IsPublic(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            Apply(context.Response, publicApi);
            return Task.CompletedTask;
        });
        return next(context);
    }

    void Apply(HttpResponse response, bool publicApi)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer"; // result URLs carry health information
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = publicApi ? "cross-origin" : "same-origin";
        if (response.HttpContext.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
        else headers.Remove(HeaderNames.StrictTransportSecurity);
    }
}
