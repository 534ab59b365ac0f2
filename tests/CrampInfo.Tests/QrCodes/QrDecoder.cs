using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampInfo.Tests.QrCodes;

/// <summary>
/// Reads QR codes back with <c>zbarimg</c> (Debian's zbar-tools), an independent decoder. A PNG comes either from
/// a browser's rendering of the page, or from <see cref="Rasterize"/>, which paints the site's SVG (one path of
/// unit squares) pixel for pixel. Skips when zbarimg is missing, or fails with CRAMPINFO_REQUIRE_ZBAR=1 (CI).
/// </summary>
public static partial class QrDecoder
{
    public const string ZbarImg = "/usr/bin/zbarimg";
    public const string MissingMessage = "zbarimg is not installed at /usr/bin/zbarimg; apt-get install -y zbar-tools";

    public static bool IsRequired => Environment.GetEnvironmentVariable("CRAMPINFO_REQUIRE_ZBAR") == "1";

    public static void EnsureAvailable()
    {
        if (File.Exists(ZbarImg)) return;
        if (IsRequired) Assert.Fail(MissingMessage + " (CRAMPINFO_REQUIRE_ZBAR=1, so this fails instead of skipping)");
        Assert.Skip(MissingMessage);
    }

    /// <summary>The text of the one QR code in a PNG image; fails when zbarimg finds none.</summary>
    public static async Task<string> DecodeAsync(byte[] png)
    {
        EnsureAvailable();
        var file = Path.Combine(Path.GetTempPath(), $"crampinfo-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var zbar = Process.Start(new ProcessStartInfo(ZbarImg, ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await zbar.StandardOutput.ReadToEndAsync();
            var errors = await zbar.StandardError.ReadToEndAsync();
            await zbar.WaitForExitAsync();
            Assert.True(zbar.ExitCode == 0, $"zbarimg found no QR code (exit {zbar.ExitCode}): {errors}");
            return output.TrimEnd('\n');
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static Task<string> DecodeSvgAsync(string svg) => DecodeAsync(Rasterize(svg));

    /// <summary>
    /// Paints the site's QR SVG: a <c>viewBox="0 0 N N"</c> and one stroked path, a row at a time: <c>Mx y.5</c> starts
    /// a row, <c>hW</c> draws a run of W dark modules, <c>mG 0</c> moves G modules along the row; black on white,
    /// <paramref name="scale"/> pixels a module.
    /// </summary>
    public static byte[] Rasterize(string svg, int scale = 4)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups["n"].Value, CultureInfo.InvariantCulture);
        var d = PathData().Match(svg).Groups["d"].Value;
        var dark = new bool[size, size];
        var commands = Command().Matches(d);
        Assert.NotEmpty(commands);
        Assert.Equal(d, string.Concat(commands.Select(m => m.Value))); // nothing in the path but such commands
        int x = 0, y = 0;
        foreach (Match command in commands)
        {
            int Number(string group) => int.Parse(command.Groups[group].Value, CultureInfo.InvariantCulture);
            switch (command.Value[0])
            {
                case 'M': (x, y) = (Number("x"), Number("y")); break;
                case 'm': x += Number("dx"); break;
                case 'h':
                    for (var i = 0; i < Number("w"); i++) dark[y, x + i] = true;
                    x += Number("w");
                    break;
            }
        }
        var pixels = size * scale;
        var raw = new byte[pixels * (pixels + 1)];
        for (var py = 0; py < pixels; py++)
        {
            raw[py * (pixels + 1)] = 0; // filter: none
            for (var px = 0; px < pixels; px++)
                raw[py * (pixels + 1) + 1 + px] = dark[py / scale, px / scale] ? (byte)0 : (byte)255;
        }
        return Png(pixels, raw);
    }

    /// <summary>An 8-bit grayscale PNG of filtered scanlines.</summary>
    static byte[] Png(int size, byte[] scanlines)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, size);
        WriteBigEndian(header, 4, size);
        header[8] = 8; // bit depth
        header[9] = 0; // grayscale
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(scanlines);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typed));
        png.Write(crc);
    }

    static void WriteBigEndian(byte[] buffer, int at, int value)
    {
        buffer[at] = (byte)(value >> 24);
        buffer[at + 1] = (byte)(value >> 16);
        buffer[at + 2] = (byte)(value >> 8);
        buffer[at + 3] = (byte)value;
    }

    static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    [GeneratedRegex(@"viewBox=""0 0 (?<n>\d+) \k<n>""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"<path stroke=""#000"" d=""(?<d>[^""]*)""")]
    private static partial Regex PathData();

    [GeneratedRegex(@"M(?<x>[0-9]+) (?<y>[0-9]+)\.5|m(?<dx>[0-9]+) 0|h(?<w>[0-9]+)")]
    private static partial Regex Command();
}
