using System.Globalization;
using System.Text.RegularExpressions;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Site;

/// <summary>
/// The settings a clinic may set (see the README), read once at start. A value that is not valid is ignored
/// with a warning in the log: a typo in a setting never breaks a page or stops the site.
/// </summary>
public sealed partial class SiteSettings
{
    /// <summary>The date the article pages were last checked against their sources, when no setting says otherwise.</summary>
    public static readonly DateOnly DefaultLastReviewed = new(2026, 11, 29);

    public string? ClinicName { get; }
    public Uri? ClinicUrl { get; }
    public string? ClinicPhone { get; }
    /// <summary>A <c>tel:</c> link for <see cref="ClinicPhone"/> (its digits and a leading +), when it has enough digits to dial.</summary>
    public string? ClinicPhoneLink { get; }
    /// <summary>The logo file's path as configured, once it was read.</summary>
    public string? ClinicLogoPath { get; }
    public string? ClinicLogoContentType { get; }
    /// <summary>The logo, read once at start and served at <c>/clinic-logo</c> (never a path from a request).</summary>
    public byte[]? ClinicLogo { get; }
    /// <summary><c>#rrggbb</c>.</summary>
    public string? AccentColor { get; }
    /// <summary>Black or white, whichever contrasts more with <see cref="AccentColor"/>.</summary>
    public string? AccentTextColor { get; }
    public IReadOnlyList<string> FrameAncestors { get; }
    public DateOnly LastReviewed { get; }
    public IReadOnlyList<FoodPortionRef> FeaturedFoods { get; }

    public SiteSettings(IConfiguration configuration, ILogger<SiteSettings> log)
    {
        ClinicName = Text(configuration["Clinic:Name"], 120, "Clinic:Name", log);
        ClinicPhone = Text(configuration["Clinic:Phone"], 40, "Clinic:Phone", log);
        if (ClinicPhone is not null)
        {
            var digits = new string(ClinicPhone.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length >= 3) ClinicPhoneLink = "tel:" + (ClinicPhone.StartsWith('+') ? "+" : "") + digits;
        }

        var url = configuration["Clinic:Url"];
        if (!string.IsNullOrWhiteSpace(url))
        {
            if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                ClinicUrl = uri;
            else
                log.LogWarning("Ignoring Clinic:Url: it must be an http or https address");
        }

        var color = configuration["Clinic:AccentColor"];
        if (!string.IsNullOrWhiteSpace(color))
        {
            if (HexColor().IsMatch(color.Trim()))
            {
                AccentColor = color.Trim().ToLowerInvariant();
                AccentTextColor = Contrast.BestTextOn(AccentColor);
            }
            else
            {
                log.LogWarning("Ignoring Clinic:AccentColor: it must be a colour written as #rrggbb");
            }
        }

        var logo = configuration["Clinic:LogoPath"];
        if (!string.IsNullOrWhiteSpace(logo))
        {
            var type = Path.GetExtension(logo).ToLowerInvariant() switch
            {
                ".png" => "image/png",
                ".jpg" or ".jpeg" => "image/jpeg",
                ".svg" => "image/svg+xml",
                ".webp" => "image/webp",
                ".gif" => "image/gif",
                _ => null,
            };
            var file = new FileInfo(logo.Trim());
            if (type is null)
                log.LogWarning("Ignoring Clinic:LogoPath: the logo must be a .png, .jpg, .svg, .webp or .gif file");
            else if (!file.Exists)
                log.LogWarning("Ignoring Clinic:LogoPath: no file at {LogoPath}", logo);
            else if (file.Length > MaxLogoBytes)
                log.LogWarning("Ignoring Clinic:LogoPath: {LogoPath} is larger than {MaxLogoKb} KB", logo, MaxLogoBytes / 1024);
            else
            {
                try
                {
                    ClinicLogo = File.ReadAllBytes(file.FullName);
                    ClinicLogoPath = file.FullName;
                    ClinicLogoContentType = type;
                    if (ClinicLogo.Length > 20 * 1024)
                        log.LogWarning("Clinic:LogoPath {LogoPath} is {SizeKb} KB: every page loads it, so a logo under 20 KB keeps pages quick on a phone", logo, ClinicLogo.Length / 1024);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    log.LogWarning("Ignoring Clinic:LogoPath: {LogoPath} cannot be read ({Reason})", logo, e.Message);
                }
            }
        }

        var origins = new List<string>();
        foreach (var origin in configuration.GetSection("Embedding:AllowedOrigins").GetChildren().Select(c => c.Value))
        {
            if (string.IsNullOrWhiteSpace(origin)) continue;
            if (Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var o)
                && (o.Scheme == Uri.UriSchemeHttp || o.Scheme == Uri.UriSchemeHttps)
                && o.AbsolutePath == "/" && string.IsNullOrEmpty(o.Query) && string.IsNullOrEmpty(o.Fragment) && string.IsNullOrEmpty(o.UserInfo))
                origins.Add($"{o.Scheme}://{o.IdnHost}{(o.IsDefaultPort ? "" : $":{o.Port}")}");
            else
                log.LogWarning("Ignoring an entry of Embedding:AllowedOrigins: an origin is http(s)://host[:port] with nothing after it");
        }
        FrameAncestors = origins;

        LastReviewed = DefaultLastReviewed;
        var reviewed = configuration["Content:LastReviewed"];
        if (!string.IsNullOrWhiteSpace(reviewed))
        {
            if (DateOnly.TryParseExact(reviewed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                LastReviewed = date;
            else
                log.LogWarning("Ignoring Content:LastReviewed: it must be a date written as yyyy-mm-dd");
        }

        var featured = new List<FoodPortionRef>();
        foreach (var entry in configuration.GetSection("FeaturedFoods").GetChildren())
        {
            var ndb = entry["Ndb"]?.Trim();
            if (ndb is not null && NdbPattern().IsMatch(ndb) && int.TryParse(entry["Seq"], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
                featured.Add(new FoodPortionRef(ndb, seq, Text(entry["Name"], 60, "FeaturedFoods:Name", log), Text(entry["PluralName"], 60, "FeaturedFoods:PluralName", log)));
            else
                log.LogWarning("Ignoring an entry of FeaturedFoods: each needs Ndb (5 digits) and Seq (a portion number)");
        }
        // The setting replaces the whole list; without it, the article's five foods.
        FeaturedFoods = featured.Count > 0 ? featured : ArticleFoods.All;

        if (ClinicName is null && (ClinicUrl is not null || ClinicPhone is not null || ClinicLogo is not null))
            log.LogWarning("Clinic:Url, Clinic:Phone and Clinic:LogoPath are shown only beside Clinic:Name, which is not set");
    }

    /// <summary>Every page loads the logo, so a large file is refused rather than slowing every page.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    static string? Text(string? value, int maxLength, string key, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length <= maxLength && !value.Any(char.IsControl)) return value;
        log.LogWarning("Ignoring {Key}: at most {MaxLength} characters and no control characters", key, maxLength);
        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex NdbPattern();
}

/// <summary>WCAG 2.2 relative luminance and contrast ratio.</summary>
public static class Contrast
{
    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The colour with <paramref name="fraction"/> of black laid over it, as CSS's <c>rgba(0, 0, 0, fraction)</c> does.</summary>
    public static string Darken(string hex, double fraction)
    {
        int Channel(int offset) => (int)Math.Round(int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * (1 - fraction), MidpointRounding.AwayFromZero);
        return $"#{Channel(0):x2}{Channel(2):x2}{Channel(4):x2}";
    }

    public static string BestTextOn(string background) =>
        Ratio(background, "#000000") >= Ratio(background, "#ffffff") ? "#000000" : "#ffffff";

    static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
