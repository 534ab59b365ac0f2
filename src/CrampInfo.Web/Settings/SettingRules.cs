using System.Globalization;
using FluentValidation;

namespace CrampInfo.Web.Settings;

/// <summary>The checks settings share.</summary>
public static class SettingRules
{
    /// <summary>Short and printable: a name or phone number shown on every page.</summary>
    public static bool IsShortText(string? text, int maxLength) =>
        text is null || (text.Length <= maxLength && !text.Any(char.IsControl));

    public static IRuleBuilderOptions<T, string?> ShortText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => IsShortText(text, maxLength)).WithMessage($"at most {maxLength} characters and no control characters");

    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>An origin: <c>http(s)://host[:port]</c> with nothing after it.</summary>
    public static bool IsOrigin(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var o)
        && (o.Scheme == Uri.UriSchemeHttp || o.Scheme == Uri.UriSchemeHttps)
        && o.AbsolutePath == "/" && string.IsNullOrEmpty(o.Query) && string.IsNullOrEmpty(o.Fragment) && string.IsNullOrEmpty(o.UserInfo);

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool? ParseFlag(string? text) => text is null ? false : bool.TryParse(text.Trim(), out var flag) ? flag : null;
}
