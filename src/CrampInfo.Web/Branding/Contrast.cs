using System.Globalization;

namespace CrampInfo.Web.Branding;

/// <summary>WCAG 2.2 relative luminance and contrast ratio.</summary>
public static class Contrast
{
    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The colour with <paramref name="fraction"/> of black laid over it, as CSS's <c>rgba(0, 0, 0, fraction)</c> does.</summary>
    public static string Darken(string hex, double fraction)
    {
        int Channel(int offset) => (int)Math.Round(int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * (1 - fraction), MidpointRounding.AwayFromZero);
        return $"#{Channel(0):x2}{Channel(2):x2}{Channel(4):x2}";
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
