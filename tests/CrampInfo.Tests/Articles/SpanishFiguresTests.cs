using System.Text.RegularExpressions;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// Figures single-sourced in Spanish: a Spanish prose partial (<c>_Prose.es.cshtml</c>) writes no number itself.
/// Every figure comes from a Razor expression (the data, the page model or <c>Intake/ReferenceFigures.cs</c>), as in
/// English, so a correction is made once and the two languages cannot drift apart. Digits are looked for in the
/// partial's text once <see cref="ProseSource.Markup"/> has taken the Razor out (expressions, code blocks, comments
/// and <c>&lt;cite-source&gt;</c> tags), and never in HTML attributes (ids, links). The exceptions:
/// <list type="bullet">
/// <item>"911", the emergency number;</item>
/// <item>a year, four digits from 1900 to 2099, that the English partial of the same page also writes (the year of
/// a cited review, the years a guideline held): the Spanish copies the English's years and adds none;</item>
/// <item>names that hold digits: "diabetes tipo 2", "WCAG 2.2" (also as "(WCAG) 2.2"), the "W3C", USDA's "Release 28".</item>
/// </list>
/// </summary>
public sealed partial class SpanishFiguresTests
{
    [Theory]
    [MemberData(nameof(ProseSource.Paths), MemberType = typeof(ProseSource))]
    public void Spanish_prose_writes_no_figure_itself(string path)
    {
        var spanish = ProseSource.Text(ProseSource.Markup(ProseSource.Spanish(path), " "));
        var english = ProseSource.Text(ProseSource.Markup(ProseSource.English(path), " "));
        var literal = LiteralFigures(spanish, english);
        Assert.True(literal.Count == 0, $"{path}: figures written into the Spanish prose: {string.Join("; ", literal)}");
    }

    [Theory]
    [InlineData("Las mujeres necesitan 2,600 mg al día.", "2,600")]
    [InlineData("Menos de 3.5 mmol/L es bajo.", "3.5")]
    [InlineData("Un 7% de los niños.", "7")]
    [InlineData("Una revisión de 2021.", "2021")] // a year the English does not write
    [InlineData("Llame al 911 o al 555-0142.", "555")]
    public void A_figure_written_into_the_prose_is_found(string spanish, string figure) =>
        Assert.Contains(LiteralFigures(spanish, "A 2020 review. From 2004 to 2019."), found => found.StartsWith(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Llame al 911 ahora.")]
    [InlineData("Una revisión de 2020 miró estudios. De 2004 a 2019, la cantidad era otra.")]
    [InlineData("Personas con diabetes tipo 2. Las pautas (WCAG) 2.2 del W3C. La Release 28 del USDA.")]
    public void Exceptions_are_not_figures(string spanish) =>
        Assert.Empty(LiteralFigures(spanish, "A 2020 review. From 2004 to 2019."));

    /// <summary>Each number of the Spanish text that is not an exception, with a little of its context.</summary>
    public static IReadOnlyList<string> LiteralFigures(string spanish, string english)
    {
        var englishYears = Year().Matches(english).Select(m => m.Value).ToHashSet();
        var text = NamesWithDigits().Replace(spanish, " ");
        return Digits().Matches(text)
            .Where(m => m.Value != "911" && !(YearValue().IsMatch(m.Value) && englishYears.Contains(m.Value)))
            .Select(m => $"{m.Value} in \"{text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)]}\"")
            .ToList();
    }

    [GeneratedRegex(@"\d(?:[\d,.]*\d)?")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearValue();

    [GeneratedRegex(@"\btipo 2\b|\bWCAG\)? 2\.2\b|\bW3C\b|\bRelease 28\b")]
    private static partial Regex NamesWithDigits();
}
