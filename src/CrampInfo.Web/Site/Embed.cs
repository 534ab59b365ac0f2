using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace CrampInfo.Web.Site;

/// <summary>
/// The compact layout for a clinic's iframe: any page with <c>embed=1</c> in its query string drops the
/// site navigation and the footer links, and keeps "Provided by", the disclaimer and an "Open in full" link.
/// Pages whose forms or redirects should stay embedded carry the parameter on (<see cref="Parameter"/>).
/// </summary>
public static class Embed
{
    public const string Parameter = "embed";
    public const string On = "1";

    /// <summary>True when the request (or, for an error page, the request that failed) asked for <c>embed=1</c>.</summary>
    public static bool IsOn(HttpContext context)
    {
        // A status-code page re-executes without the original query string; its feature keeps it.
        var original = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalQueryString;
        var values = original is not null
            ? QueryHelpers.ParseQuery(original).GetValueOrDefault(Parameter)
            : context.Request.Query[Parameter];
        return values.Count == 1 && values[0] == On;
    }

    /// <summary>
    /// The same page without <c>embed</c>, for "Open in full": this site's own path and the query string as
    /// the browser sent it, less the embed parameter. An error page links to the home page instead.
    /// </summary>
    public static string FullPageUrl(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
            return "/";
        var path = (context.Request.PathBase + context.Request.Path).Value ?? "/";
        // Only a path on this site: never "//host" or "/\host", which a browser would read as another site.
        if (!path.StartsWith('/') || path.StartsWith("//") || path.StartsWith("/\\")) return "/";

        var kept = (context.Request.QueryString.Value ?? "").TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !string.Equals(Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' ')), Parameter, StringComparison.OrdinalIgnoreCase));
        var query = string.Join('&', kept);
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
