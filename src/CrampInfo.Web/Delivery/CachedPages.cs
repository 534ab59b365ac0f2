using System.Collections.Frozen;
using CrampInfo.Web.Site;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// The pages that are the same for every visitor: each page of the site's navigation (the article pages,
/// /references, /about, /for-clinics, and the calculator's empty form) when asked for with GET or HEAD and
/// no query string. They depend only on the build, the clinic's settings and the food table, none of which
/// changes while the app runs, so the server renders each once and keeps it (<see cref="PageCache"/>).
/// A request with a query string is never kept: the calculator's carries what a visitor ate, and nothing a
/// visitor types is stored.
/// </summary>
public static class CachedPages
{
    /// <summary>The paths, fixed by the public interface; matched without regard to case, as routing does.</summary>
    public static readonly FrozenSet<string> Paths =
        Navigation.Main.Concat(Navigation.Footer).Select(link => link.Path).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.QueryString.HasValue
        && request.Path.Value is { } path
        && Paths.Contains(path);
}
