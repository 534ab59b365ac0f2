using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampInfo.Web.Site;

/// <summary>
/// The settings a clinic may set (see the README), read once at start. A value that is not valid is ignored
/// with a warning in the log: a typo in a setting never breaks a page or stops the site.
/// </summary>
public sealed partial class SiteSettings
{
    /// <summary>The date the article pages were last checked against their sources, when no setting says otherwise.</summary>
    public static readonly DateOnly DefaultLastReviewed = new(2026, 11, 25);

    public string? ClinicName { get; }
    public Uri? ClinicUrl { get; }
    public string? ClinicPhone { get; }
    /// <summary>An image file on disk, served at <c>/clinic-logo</c>.</summary>
    public string? ClinicLogoPath { get; }
    public string? ClinicLogoContentType { get; }
    /// <summary><c>#rrggbb</c>.</summary>
    public string? AccentColor { get; }
    /// <summary>Black or white, whichever contrasts more with <see cref="AccentColor"/>.</summary>
    public string? AccentTextColor { get; }
    public IReadOnlyList<string> FrameAncestors { get; }
    public DateOnly LastReviewed { get; }
    public IReadOnlyList<FeaturedFoodSetting> FeaturedFoods { get; }

    public SiteSettings(IConfiguration configuration, ILogger<SiteSettings> log)
    {
        ClinicName = Text(configuration["Clinic:Name"], 120, "Clinic:Name", log);
        ClinicPhone = Text(configuration["Clinic:Phone"], 40, "Clinic:Phone", log);

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
            if (type is null)
                log.LogWarning("Ignoring Clinic:LogoPath: the logo must be a .png, .jpg, .svg, .webp or .gif file");
            else if (!File.Exists(logo))
                log.LogWarning("Ignoring Clinic:LogoPath: no file at {LogoPath}", logo);
            else
            {
                ClinicLogoPath = Path.GetFullPath(logo);
                ClinicLogoContentType = type;
            }
        }

        var origins = new List<string>();
        foreach (var origin in configuration.GetSection("Embedding:AllowedOrigins").GetChildren().Select(c => c.Value))
        {
            if (string.IsNullOrWhiteSpace(origin)) continue;
            if (Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var o)
                && (o.Scheme == Uri.UriSchemeHttp || o.Scheme == Uri.UriSchemeHttps)
                && o.AbsolutePath == "/" && string.IsNullOrEmpty(o.Query) && string.IsNullOrEmpty(o.Fragment) && string.IsNullOrEmpty(o.UserInfo))
                origins.Add(o.GetLeftPart(UriPartial.Authority));
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

        var featured = new List<FeaturedFoodSetting>();
        foreach (var entry in configuration.GetSection("FeaturedFoods").GetChildren())
        {
            var ndb = entry["Ndb"]?.Trim();
            if (ndb is not null && NdbPattern().IsMatch(ndb) && int.TryParse(entry["Seq"], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
                featured.Add(new FeaturedFoodSetting(ndb, seq, Text(entry["Name"], 60, "FeaturedFoods:Name", log), Text(entry["PluralName"], 60, "FeaturedFoods:PluralName", log)));
            else
                log.LogWarning("Ignoring an entry of FeaturedFoods: each needs Ndb (5 digits) and Seq (a portion number)");
        }
        FeaturedFoods = featured;
    }

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

/// <summary>A quick-add food of the calculator: a food and one of its portions, with optional names for one and for several ("medium banana", "medium bananas").</summary>
public sealed record FeaturedFoodSetting(string Ndb, int Seq, string? Name = null, string? PluralName = null);

/// <summary>WCAG 2.2 relative luminance and contrast ratio.</summary>
public static class Contrast
{
    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
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
