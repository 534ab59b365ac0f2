using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using QRCoder.Exceptions;

namespace CrampInfo.Web.QrCodes;

/// <summary>
/// A QR code drawn as SVG on the server (QRCoder computes the modules): one white square and one black path of
/// unit squares, with presentation attributes only (no <c>style</c>, so the strict CSP holds) and no image
/// request. Error correction M (15%), so a creased or smudged handout still scans; a text too long for that
/// gets level L, and one too long for any QR code gets none.
/// </summary>
public static class QrSvg
{
    /// <summary>Light modules around the code, as the QR standard asks; QRCoder's matrix already holds them.</summary>
    public const int QuietZone = 4;

    /// <summary>Modules a side (quiet zone included) past which a code is drawn larger: version 10 and up.</summary>
    public const int DenseFrom = 64;

    /// <summary>The module matrix of a text (quiet zone included), or null when the text is too long for a QR code.</summary>
    public static bool[][]? Modules(string text)
    {
        foreach (var level in new[] { QRCodeGenerator.ECCLevel.M, QRCodeGenerator.ECCLevel.L })
        {
            try
            {
                using var data = QRCodeGenerator.GenerateQrCode(text, level);
                return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
            }
            catch (DataTooLongException) { }
        }
        return null;
    }

    /// <summary>
    /// The code as an <c>&lt;svg&gt;</c> element to put in a page, named for assistive technology by
    /// <paramref name="label"/>; null when the text is too long for a QR code.
    /// </summary>
    public static string? Inline(string text, string label) => Draw(text, label, standalone: false);

    /// <summary>The code as an SVG file of its own, 8 px a module, its title the text it holds.</summary>
    public static string? File(string text) => Draw(text, text, standalone: true);

    static string? Draw(string text, string label, bool standalone)
    {
        if (Modules(text) is not { } modules) return null;
        var size = modules.Length;
        var n = size.ToString(CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        if (standalone) svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(n).Append(' ').Append(n).Append('"');
        if (standalone)
        {
            var pixels = (size * 8).ToString(CultureInfo.InvariantCulture);
            svg.Append(" width=\"").Append(pixels).Append("\" height=\"").Append(pixels).Append('"');
        }
        else
        {
            // A dense code (a long link) is drawn larger, so each module stays big enough for a phone's camera.
            svg.Append(size > DenseFrom ? " class=\"qr qr-dense\"" : " class=\"qr\"")
                .Append(" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(label)).Append('"');
        }
        svg.Append(" shape-rendering=\"crispEdges\">");
        if (standalone) svg.Append("<title>").Append(WebUtility.HtmlEncode(label)).Append("</title>");
        svg.Append("<rect width=\"").Append(n).Append("\" height=\"").Append(n).Append("\" fill=\"#fff\"/>");
        svg.Append("<path fill=\"#000\" d=\"");
        // Each run of dark modules in a row is one rectangle: M x y h width v1 h -width z.
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < size && row[x + 1]) x++;
                var width = x - start + 1;
                svg.Append('M').Append(start).Append(' ').Append(y).Append('h').Append(width).Append("v1h-").Append(width).Append('z');
            }
        }
        svg.Append("\"/></svg>");
        return svg.ToString();
    }
}
