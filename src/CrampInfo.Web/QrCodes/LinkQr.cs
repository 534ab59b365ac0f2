using CrampInfo.Web.Site;

namespace CrampInfo.Web.QrCodes;

/// <summary>
/// A QR code of one of this site's links, for <c>Pages/Shared/_LinkQr.cshtml</c>: the absolute link (the
/// scheme and host the request arrived with) as an inline SVG with the link as text beside it, so a printed
/// page carries a link nobody has to type. <see cref="Svg"/> is null when a link is too long for a QR code.
/// </summary>
public sealed record LinkQr(string Id, string Url, string? Svg, string Caption, string? DownloadHref = null)
{
    public static LinkQr Of(HttpContext context, string id, string sitePath, string caption, string? downloadHref = null)
    {
        var url = SiteOrigin.Absolute(context.Request, sitePath);
        return new LinkQr(id, url, QrSvg.Inline(url, "QR code of the link written beside it"), caption, downloadHref);
    }

    /// <summary>A calculator result's code (<c>id="result-qr"</c>): its canonical link, without the embed switch, so a phone opens it in full.</summary>
    public static LinkQr ForResult(HttpContext context, string resultPath) =>
        Of(context, "result-qr", resultPath, "Scan to open this result on a phone:");
}
