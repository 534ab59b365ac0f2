using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;

namespace CrampInfo.Web.Branding;

/// <summary>
/// The clinic's accent colour as a stylesheet (<c>/clinic.css</c>) and its logo (<c>/clinic-logo</c>).
/// Both come from settings read at start, never from the request. The layout links each only when it is
/// set, with a version in the link so browsers may cache it until the setting changes.
/// </summary>
public sealed class ClinicBranding
{
    public const string StylesheetPath = "/clinic.css";
    public const string LogoPath = "/clinic-logo";

    public ClinicBranding(IOptions<ClinicOptions> options, ILogger<ClinicBranding> log)
    {
        var clinic = options.Value;
        if (clinic.AccentColor is not null)
        {
            Stylesheet = BuildStylesheet(clinic.AccentColor.ToLowerInvariant());
            StylesheetVersion = Version(Encoding.UTF8.GetBytes(Stylesheet));
        }
        if (clinic.LogoPath is not null)
        {
            try
            {
                Logo = File.ReadAllBytes(clinic.LogoPath);
                LogoContentType = ClinicOptions.LogoContentType(clinic.LogoPath);
                LogoVersion = Version(Logo);
                if (Logo.Length > 20 * 1024)
                    log.LogWarning("Clinic:LogoPath {LogoPath} is {SizeKb} KB: every page loads it, so a logo under 20 KB keeps pages quick on a phone", clinic.LogoPath, Logo.Length / 1024);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("Ignoring Clinic:LogoPath: {LogoPath} cannot be read ({Reason})", clinic.LogoPath, e.Message);
            }
        }
        if (clinic.Name is null && (clinic.Url is not null || clinic.Phone is not null || clinic.LogoPath is not null))
            log.LogWarning("Clinic:Url, Clinic:Phone and Clinic:LogoPath are shown only beside Clinic:Name, which is not set");
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
    /// <summary><c>/clinic.css</c> and <c>/clinic-logo</c>, from the clinic's settings (404 when not set).</summary>
    public static WebApplication MapClinicBranding(this WebApplication app)
    {
        app.MapGet(ClinicBranding.StylesheetPath, (HttpContext context, ClinicBranding branding) => branding.ServeStylesheet(context)).ExcludeFromDescription();
        app.MapGet(ClinicBranding.LogoPath, (HttpContext context, ClinicBranding branding) => branding.ServeLogo(context)).ExcludeFromDescription();
        return app;
    }
}
