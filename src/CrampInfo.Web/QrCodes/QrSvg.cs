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
                var modules = new bool[data.ModuleMatrix.Count][];
                for (var y = 0; y < modules.Length; y++)
                {
                    var row = data.ModuleMatrix[y];
                    modules[y] = new bool[row.Length];
                    row.CopyTo(modules[y], 0);
                }
                return modules;
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
        // Each run of dark modules in a row is a line one module thick along the row's middle: the row starts with
        // "M x y.5", each run is "h width", and the gap to the next run "m gap 0". Half the bytes of a rectangle a run.
        svg.Append("<path stroke=\"#000\" d=\"");
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            var pen = -1; // where the pen is in this row, or -1 before the row's first run
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < size && row[x + 1]) x++;
                if (pen < 0) svg.Append('M').Append(start).Append(' ').Append(y).Append(".5");
                else svg.Append('m').Append(start - pen).Append(" 0");
                svg.Append('h').Append(x - start + 1);
                pen = x + 1;
            }
        }
        svg.Append("\"/></svg>");
        return svg.ToString();
    }
}
