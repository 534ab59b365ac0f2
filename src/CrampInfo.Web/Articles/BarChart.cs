using System.Globalization;
using System.Text;

namespace CrampInfo.Web.Articles;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (rendered by <c>Pages/Shared/_BarChart.cshtml</c>).
/// It uses SVG attributes only (no style attributes, no script), so it passes a strict Content-Security-Policy
/// and works with JavaScript off. Positions are in <c>em</c> and bar lengths in percent, so the chart follows the
/// reader's text size and screen width; labels are wrapped on the server because SVG text does not wrap.
/// </summary>
public sealed class BarChart
{
    /// <summary>Longest label line, in characters: fits a 320 px wide screen at the chart's text size.</summary>
    public const int MaxLineLength = 32;

    /// <summary>The longest bar, in percent of the chart's width; the rest is room for the value.</summary>
    public const double MaxBarPercent = 70;

    const double LineHeightEm = 1.25, BarHeightEm = 1.1, GapEm = 1.0;

    public BarChart(string id, string title, string valueUnit, IEnumerable<(string Label, decimal Value)> bars)
    {
        Id = id;
        Title = title;
        var list = bars.ToList();
        var max = list.Count == 0 ? 1 : Math.Max((double)list.Max(b => b.Value), 1);
        var rows = new List<Row>();
        var top = 0.3;
        foreach (var (label, value) in list)
        {
            var lines = Wrap(label, MaxLineLength);
            var firstBaseline = top + 1.0;
            var barTop = top + lines.Count * LineHeightEm + 0.3;
            rows.Add(new Row(lines, firstBaseline, barTop, (double)value / max * MaxBarPercent, $"{Site.Format.Mg(value)} {valueUnit}", label));
            top = barTop + BarHeightEm + GapEm;
        }
        Rows = rows;
        HeightEm = top;
    }

    public string Id { get; }
    public string Title { get; }
    public IReadOnlyList<Row> Rows { get; }
    public double HeightEm { get; }
    public static double LineHeight => LineHeightEm;
    public static double BarHeight => BarHeightEm;

    /// <summary>The text alternative: every bar's label and value, in order.</summary>
    public string Description => string.Join("; ", Rows.Select(r => $"{r.Label}: {r.ValueText}")) + ".";

    /// <summary>A number for an SVG attribute (always with a point).</summary>
    public static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public sealed record Row(IReadOnlyList<string> Lines, double FirstBaselineEm, double BarTopEm, double BarPercent, string ValueText, string Label)
    {
        public double ValueBaselineEm => BarTopEm + BarHeightEm * 0.85;
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces (a longer word keeps its own line).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }
}
