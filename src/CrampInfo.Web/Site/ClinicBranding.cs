using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Site;

/// <summary>
/// The clinic's accent colour as a stylesheet (<c>/clinic.css</c>) and its logo (<c>/clinic-logo</c>).
/// Both come from settings read at start, never from the request. The layout links each only when it is
/// set, with a version in the link so browsers may cache it until the setting changes.
/// </summary>
public sealed class ClinicBranding
{
    public const string StylesheetPath = "/clinic.css";
    public const string LogoPath = "/clinic-logo";

    public ClinicBranding(SiteSettings site)
    {
        if (site.AccentColor is not null)
        {
            Stylesheet = BuildStylesheet(site.AccentColor);
            StylesheetVersion = Version(Encoding.UTF8.GetBytes(Stylesheet));
        }
        if (site.ClinicLogo is not null)
        {
            Logo = site.ClinicLogo;
            LogoContentType = site.ClinicLogoContentType!;
            LogoVersion = Version(Logo);
        }
    }

    public string? Stylesheet { get; }
    string? StylesheetVersion { get; }
    public string? StylesheetUrl => Stylesheet is null ? null : $"{StylesheetPath}?v={StylesheetVersion}";

    public byte[]? Logo { get; }
    public string? LogoContentType { get; }
    string? LogoVersion { get; }
    public string? LogoUrl => Logo is null ? null : $"{LogoPath}?v={LogoVersion}";

    /// <summary>
    /// The header and buttons in the accent colour, with black or white text, whichever contrasts more
    /// (at least 4.5:1 for any colour). The navigation bar is the accent darkened by 18%, as in site.css, with
    /// its own text colour; accent-coloured text on white falls back to the body text colour when the
    /// accent is too light to read there.
    /// </summary>
    public static string BuildStylesheet(string accent)
    {
        var text = Contrast.BestTextOn(accent);
        var nav = Contrast.Darken(accent, 0.18);
        var navText = Contrast.BestTextOn(nav);
        var ink = Contrast.Ratio(accent, "#ffffff") >= 4.5 ? accent : "#1b1b1b";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            /* The clinic's accent colour (Clinic:AccentColor). */
            :root { --accent: {{accent}}; --accent-text: {{text}}; --accent-ink: {{ink}}; }
            .site-nav { background: {{nav}}; }
            .site-header .site-nav a { color: {{navText}}; }
            .site-header .site-nav :focus-visible { outline-color: {{navText}}; }
            button.secondary, .button.secondary { color: var(--accent-ink); border-color: var(--accent-ink); }

            """);
    }

    static string Version(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..12];

    public IResult ServeStylesheet(HttpContext context) => Stylesheet is null
        ? Results.NotFound()
        : Cached(context, StylesheetVersion!, Results.Text(Stylesheet, "text/css; charset=utf-8"));

    public IResult ServeLogo(HttpContext context) => Logo is null
        ? Results.NotFound()
        : Cached(context, LogoVersion!, Results.Bytes(Logo, LogoContentType));

    static IResult Cached(HttpContext context, string version, IResult result)
    {
        // A link with the current version may be kept for good; any other is asked for again each time.
        context.Response.Headers[HeaderNames.CacheControl] = context.Request.Query["v"] == version
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        return result;
    }
}

public static class ClinicBrandingEndpoints
{
    static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapCrampInfoClinicBranding(this WebApplication app)
    {
        app.MapMethods(ClinicBranding.StylesheetPath, GetAndHead,
            (HttpContext context, ClinicBranding branding) => branding.ServeStylesheet(context)).ExcludeFromDescription();
        app.MapMethods(ClinicBranding.LogoPath, GetAndHead,
            (HttpContext context, ClinicBranding branding) => branding.ServeLogo(context)).ExcludeFromDescription();
        return app;
    }
}
