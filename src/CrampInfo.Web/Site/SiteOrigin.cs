namespace CrampInfo.Web.Site;

/// <summary>
/// This site's address as the request reached it, for absolute links (QR codes, feeds): its scheme and host,
/// which behind a trusted reverse proxy are the forwarded ones (see <c>Security/ProxySettings</c>).
/// </summary>
public static class SiteOrigin
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Absolute(HttpRequest request, string path) => Of(request) + path;
}
