using FluentValidation;

namespace CrampInfo.Web.Settings;

/// <summary>The <c>Clinic</c> settings: who runs this copy of the site ("Provided by ..." on every page).</summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";
    /// <summary>Every page loads the logo, so a large file is refused rather than slowing every page.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    public string? Name { get; set; }
    /// <summary>The clinic's website: the only link back (never taken from a query string).</summary>
    public string? Url { get; set; }
    public string? Phone { get; set; }
    /// <summary>A logo file the clinic mounts into the container, served at <c>/clinic-logo</c>.</summary>
    public string? LogoPath { get; set; }
    /// <summary><c>#rrggbb</c>.</summary>
    public string? AccentColor { get; set; }

    /// <summary>A <c>tel:</c> link for <see cref="Phone"/> (its digits and a leading +), when it has enough digits to dial.</summary>
    public string? PhoneLink =>
        Phone is null || Phone.Count(char.IsAsciiDigit) < 3 ? null
        : "tel:" + (Phone.TrimStart().StartsWith('+') ? "+" : "") + new string(Phone.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The logo's media type, from its file name.</summary>
    public static string? LogoContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        _ => null,
    };
}

public sealed class ClinicOptionsValidator : AbstractValidator<ClinicOptions>
{
    public ClinicOptionsValidator()
    {
        RuleFor(o => o.Name).ShortText(120);
        RuleFor(o => o.Phone).ShortText(40);
        RuleFor(o => o.Url).Must(SettingRules.IsWebAddress).When(o => o.Url is not null)
            .WithMessage("it must be an http or https address");
        RuleFor(o => o.AccentColor).Matches("^#[0-9a-fA-F]{6}$").When(o => o.AccentColor is not null)
            .WithMessage("it must be a color written as #rrggbb");
        RuleFor(o => o.LogoPath).Cascade(CascadeMode.Stop)
            .Must(path => ClinicOptions.LogoContentType(path!) is not null)
            .WithMessage("the logo must be a .png, .jpg, .svg, .webp or .gif file")
            .Must(path => File.Exists(path))
            .WithMessage(o => $"no file at {o.LogoPath}")
            .Must(path => new FileInfo(path!).Length <= ClinicOptions.MaxLogoBytes)
            .WithMessage(o => $"{o.LogoPath} is larger than {ClinicOptions.MaxLogoBytes / 1024} KB")
            .When(o => o.LogoPath is not null);
    }
}

/// <summary>The <c>Embedding</c> settings: the origins allowed to show the site in a frame.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embedding";

    /// <summary>Origins (<c>https://host[:port]</c>) allowed to frame the site; none: only the site itself.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The origins as CSP's <c>frame-ancestors</c> writes them (scheme, host, port where not the default).</summary>
    public IEnumerable<string> FrameAncestors => AllowedOrigins.Select(origin =>
    {
        var uri = new Uri(origin.Trim());
        return $"{uri.Scheme}://{uri.IdnHost}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
    });
}

public sealed class EmbeddingOptionsValidator : AbstractValidator<EmbeddingOptions>
{
    public EmbeddingOptionsValidator() =>
        RuleForEach(o => o.AllowedOrigins).Must(SettingRules.IsOrigin)
            .WithMessage("an origin is http(s)://host[:port] with nothing after it");
}

/// <summary>The <c>Content</c> settings.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";
    /// <summary>The date the article pages were last checked against their sources, when no setting says otherwise.</summary>
    public static readonly DateOnly DefaultLastReviewed = new(2026, 11, 29);

    /// <summary>The date shown as "last reviewed", <c>yyyy-mm-dd</c>.</summary>
    public string? LastReviewed { get; set; }

    public DateOnly LastReviewedDate => LastReviewed is null ? DefaultLastReviewed : SettingRules.ParseDate(LastReviewed)!.Value;
}

public sealed class ContentOptionsValidator : AbstractValidator<ContentOptions>
{
    public ContentOptionsValidator() =>
        RuleFor(o => o.LastReviewed).Must(text => SettingRules.ParseDate(text!) is not null).When(o => o.LastReviewed is not null)
            .WithMessage("it must be a date written as yyyy-mm-dd");
}

/// <summary>The <c>RateLimiting</c> settings.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";
    /// <summary>Generous on purpose: a clinic's waiting room behind one address shares it.</summary>
    public const int DefaultApiPermitsPerMinute = 1200;

    /// <summary>API requests one client address may make in a minute, in bursts of up to the same number; 0: no limit.</summary>
    public string? ApiPermitsPerMinute { get; set; }

    public int Permits => ApiPermitsPerMinute is null ? DefaultApiPermitsPerMinute : int.Parse(ApiPermitsPerMinute.Trim(), System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class RateLimitingOptionsValidator : AbstractValidator<RateLimitingOptions>
{
    public RateLimitingOptionsValidator() =>
        RuleFor(o => o.ApiPermitsPerMinute).Matches(@"^\s*[0-9]{1,9}\s*$").When(o => o.ApiPermitsPerMinute is not null)
            .WithMessage($"it must be 0 (no limit) or a positive whole number; using {RateLimitingOptions.DefaultApiPermitsPerMinute}");
}
