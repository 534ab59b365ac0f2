using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CrampInfo.Web.Articles;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// The article pages rendered in Spanish (<see cref="SpanishArticleApp"/>): the Spanish partial is chosen, it keeps
/// the English page's ids, links, citations and figures, reads at Fernández-Huerta 70 or more, and keeps to the
/// rules of docs/glosario.md that a test can see.
/// </summary>
[Collection(SpanishArticleCollection.Name)]
public sealed partial class SpanishArticlePageTests(SpanishArticleApp app, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Spanish_page_keeps_the_ids_links_and_citations_of_the_English(string path)
    {
        var spanish = await app.Client.DocumentAsync(path);
        var english = await app.English.DocumentAsync(path);
        var es = spanish.QuerySelector("main")!;
        var en = english.QuerySelector("main")!;

        Assert.Single(spanish.QuerySelectorAll("h1"));
        Assert.NotEqual(en.QuerySelector("h1")!.TextContent, es.QuerySelector("h1")!.TextContent); // the Spanish partial was chosen
        if (path != "/")
        {
            Assert.NotEqual(english.Title, spanish.Title);
            Assert.NotEqual(Description(english), Description(spanish));
        }
        Assert.Equal(Sorted(en.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(SpanishOnlyIds(path))), Sorted(es.QuerySelectorAll("[id]").Select(e => e.Id!)));
        Assert.Equal(Sorted(en.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct()),
            Sorted(es.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct()));
        Assert.Equal(Sorted(en.QuerySelectorAll("sup.cite a").Select(a => a.GetAttribute("href")!)),
            Sorted(es.QuerySelectorAll("sup.cite a").Select(a => a.GetAttribute("href")!)));

        var levels = es.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: heading level {levels[i]} follows level {levels[i - 1]}");
    }

    /// <summary>The one section only the Spanish has: /about's "how the Spanish was written" (issue 16).</summary>
    static IEnumerable<string> SpanishOnlyIds(string path) => path == "/about" ? ["spanish"] : [];

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Spanish_page_shows_only_figures_the_English_page_shows(string path)
    {
        var page = await app.Client.DocumentAsync(path);
        // The Spanish-only section quotes figures of its own (the reading level, an example of how figures are written).
        foreach (var id in SpanishOnlyIds(path))
        {
            var heading = page.GetElementById(id)!;
            while (heading.NextElementSibling is { } next && next.LocalName != heading.LocalName) next.Remove();
            heading.Remove();
        }
        var spanish = Numbers(page);
        var english = Numbers(await app.English.DocumentAsync(path));
        var extra = spanish.Except(english).ToList();
        Assert.True(extra.Count == 0, $"{path}: the Spanish page shows figures the English does not: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(ArticlePages.Prose), MemberType = typeof(ArticlePages))]
    public async Task Spanish_page_scores_70_or_more(string path)
    {
        var result = SpanishReadability.OfPage(await app.Client.HtmlAsync(path));
        output.WriteLine($"{path}: Fernández-Huerta {result.FernandezHuerta:0.0}, INFLESZ {result.Inflesz:0.0} ({result.Words} words, {result.Sentences} sentences, {result.Syllables} syllables)");

        Assert.True(result.Words > 100, $"{path}: only {result.Words} words of main text; is the page's text being read?");
        Assert.True(result.FernandezHuerta >= ReadingLevel.SpanishMinimumFernandezHuerta,
            $"{path} scores {result.FernandezHuerta:0.0} on Fernández-Huerta, below {ReadingLevel.SpanishMinimumFernandezHuerta}");
    }

    /// <summary>
    /// Words docs/glosario.md rules out: hipercalcemia and hipocalcemia (calcium, not potassium); the tú forms
    /// (the pages say usted); and the words of one concept that the glossary did not choose (pastilla, comprimido
    /// and píldora for tableta; medicamento for medicina, but for the glossary's "agencia de medicamentos", the FDA;
    /// doctor for médico; nutricionista for dietista; droga;
    /// constipado, which is a cold; Spain's betabloqueantes, matrona, dolorido; añadir for agregar).
    /// </summary>
    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Spanish_page_keeps_to_the_glossary(string path)
    {
        var document = await app.Client.DocumentAsync(path);
        foreach (var english in document.QuerySelectorAll("main [lang=en]").ToList()) english.Remove(); // titles of cited works
        var text = string.Join('\n', document.Title, Description(document), document.QuerySelector("main")!.TextContent);
        var found = RuledOut().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{path} uses words the glossary rules out: {string.Join(", ", found)}");
    }

    [Theory]
    [InlineData("La hipercalcemia es alta.", "hipercalcemia")]
    [InlineData("Si tú tienes calambres", "tú")]
    [InlineData("Pregunte a tu médico.", "tu")]
    [InlineData("Tome una pastilla.", "pastilla")]
    [InlineData("Los medicamentos para el corazón", "medicamentos")]
    public void A_ruled_out_word_is_found(string text, string word) =>
        Assert.Contains(word, RuledOut().Matches(text).Select(m => m.Value));

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Spanish_emergency_lines_name_911(string path)
    {
        var main = (await app.Client.DocumentAsync(path)).QuerySelector("main")!;
        Assert.All(main.QuerySelectorAll(".emergency"), line => Assert.Matches("(?i)llame al 911", line.TextContent));
        foreach (var sentence in SentenceEnd().Split(main.TextContent).Where(s => CallForHelp().IsMatch(s)))
            Assert.Contains("911", sentence);
    }

    [Fact]
    public async Task High_potassium_is_hiperpotasemia_with_every_risk_the_English_lists()
    {
        var page = await app.Client.DocumentAsync("/hypokalemia");
        Assert.Contains("hiperpotasemia", page.GetElementById("high-potassium")!.TextContent);
        Assert.Contains("hipopotasemia", page.GetElementById("low-potassium")!.TextContent);
        var risks = page.GetElementById("high-risk")!.NextElementSibling!;
        Assert.Equal("ul", risks.LocalName);
        foreach (var risk in new[] { "enfermedad de los riñones", "inhibidores de la ECA", "ARA II", "diuréticos ahorradores de potasio",
                     "espironolactona", "AINE", "trimetoprima", "heparina", "finerenona", "sacubitrilo con valsartán", "sustitutos de la sal" })
            Assert.Contains(risk, risks.TextContent);
    }

    [Fact]
    public async Task Spanish_pages_have_no_html_errors()
    {
        Validation.NuHtmlChecker.EnsureAvailable();
        var pages = new Dictionary<string, string>();
        foreach (var path in ArticlePages.Paths) pages[path] = await app.Client.HtmlAsync(path);

        var report = Validation.NuHtmlChecker.ErrorsIn(pages).SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")).ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    static string? Description(IDocument document) => document.QuerySelector("meta[name=description]")?.GetAttribute("content");

    static List<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).ToList();

    /// <summary>The numbers a page's main part shows, citation numbers left out.</summary>
    static HashSet<string> Numbers(IDocument document)
    {
        var main = document.QuerySelector("main")!;
        foreach (var cite in main.QuerySelectorAll("sup.cite").ToList()) cite.Remove();
        return Number().Matches(main.TextContent).Select(m => m.Value).ToHashSet();
    }

    [GeneratedRegex(@"\d(?:[\d,.]*\d)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?i)\b(hipercalcemia|hipocalcemia|tú|tu|tus|te|ti|contigo|tienes|puedes|debes|quieres|necesitas|estás|eres|sabes"
        + @"|pastillas?|comprimidos?|píldoras?|(?<!agencia de )medicamentos?|doctor(es)?|nutricionistas?|drogas?|constipad[oa]s?|betabloqueantes?|matronas?|dolorid[oa]s?|añadir)\b")]
    private static partial Regex RuledOut();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?i)\bllame\b[^.]*\bemergencia|\bemergencia[^.]*\bllame\b")]
    private static partial Regex CallForHelp();
}
