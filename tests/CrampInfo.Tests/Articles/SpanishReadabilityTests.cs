using CrampInfo.Web.Articles;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// Plain Spanish: each Spanish article page scores at least <see cref="ReadingLevel.SpanishMinimumFernandezHuerta"/>
/// on the Fernández-Huerta scale, measured as <see cref="SpanishReadability"/> describes. Here the prose is read from
/// each page's <c>_Prose.es.cshtml</c> with every Razor expression standing for a four-digit figure ("2,600"), so a
/// draft can be measured before it is rendered; <see cref="SpanishArticlePageTests"/> measures the rendered pages.
/// To see the scores: <c>dotnet test tests/CrampInfo.Tests --filter "FullyQualifiedName~SpanishReadability" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class SpanishReadabilityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ArticlePages.Prose), MemberType = typeof(ArticlePages))]
    public void Spanish_prose_source_scores_70_or_more(string path)
    {
        var result = SpanishReadability.OfPage(ProseSource.AsPage(ProseSource.Markup(ProseSource.Spanish(path), "2,600")));
        output.WriteLine($"{path} (source): Fernández-Huerta {result.FernandezHuerta:0.0}, INFLESZ {result.Inflesz:0.0} ({result.Words} words, {result.Sentences} sentences, {result.Syllables} syllables)");

        Assert.True(result.Words > 100, $"{path}: only {result.Words} words of Spanish prose; is the partial being read?");
        Assert.True(result.FernandezHuerta >= ReadingLevel.SpanishMinimumFernandezHuerta,
            $"{path} scores {result.FernandezHuerta:0.0} on Fernández-Huerta, below {ReadingLevel.SpanishMinimumFernandezHuerta}");
    }

    [Theory]
    [InlineData("potasio", 3)]
    [InlineData("calambre", 3)]
    [InlineData("músculo", 3)]
    [InlineData("hipopotasemia", 6)]
    [InlineData("riñones", 3)]
    [InlineData("sangre", 2)]
    [InlineData("agua", 2)]         // a-gua: u with a strong vowel is one syllable
    [InlineData("ciudad", 2)]       // ciu-dad: two weak vowels
    [InlineData("cuidado", 3)]
    [InlineData("siete", 2)]
    [InlineData("leer", 2)]         // le-er: two strong vowels split
    [InlineData("poeta", 3)]
    [InlineData("aéreo", 4)]
    [InlineData("día", 2)]          // dí-a: an accented í splits
    [InlineData("país", 2)]
    [InlineData("baúl", 2)]
    [InlineData("frío", 2)]
    [InlineData("reúne", 3)]
    [InlineData("que", 1)]          // the u of que, qui, gue, gui is silent
    [InlineData("quien", 1)]
    [InlineData("guerra", 2)]
    [InlineData("guiso", 2)]
    [InlineData("pingüino", 3)]     // ü is said
    [InlineData("muy", 1)]          // y ending a word is a vowel
    [InlineData("hoy", 1)]
    [InlineData("y", 1)]
    [InlineData("ayuda", 3)]        // y before a vowel is a consonant
    [InlineData("ahora", 3)]        // h is a consonant
    [InlineData("¿Cuánto?", 2)]
    [InlineData("mg", 1)]
    [InlineData("mmol/L", 2)]
    [InlineData("2,600", 4)]        // a number counts as the English measure counts it
    [InlineData("3.5", 2)]
    [InlineData("90%", 2)]
    public void Syllables_follow_the_stated_rule(string word, int syllables) =>
        Assert.Equal(syllables, SpanishReadability.SyllablesIn(word));

    [Fact]
    public void Scores_follow_the_formulas()
    {
        // 2 sentences of 4 words: el(1) ga-to(2) co-me(2) pan(1), mi(1) ca-sa(2) es(1) ro-ja(2): 12 syllables.
        var result = SpanishReadability.OfText("El gato come pan. Mi casa es roja.");
        Assert.Equal((2, 8, 12), (result.Sentences, result.Words, result.Syllables));
        Assert.Equal(Math.Round(206.84 - 60 * 12.0 / 8 - 1.02 * 8 / 2, 2), result.FernandezHuerta);
        Assert.Equal(Math.Round(206.835 - 62.3 * 12.0 / 8 - 8.0 / 2, 2), result.Inflesz);
    }

    [Fact]
    public void Longer_words_and_sentences_score_lower()
    {
        var plain = SpanishReadability.OfText("Tome agua. Estire la pierna.");
        var dense = SpanishReadability.OfText("La hipopotasemia significativa requiere evaluación médica inmediata y tratamiento individualizado.");
        Assert.True(plain.FernandezHuerta > dense.FernandezHuerta);
        Assert.True(plain.Inflesz > dense.Inflesz);
    }

    [Fact]
    public void Razor_is_taken_out_of_a_partial_before_it_is_measured()
    {
        const string partial = """
            @model Thing
            @using X
            @{
                var low = Figures.Low;
            }
            @* A note for the writer. *@
            <h2 id="a">Título</h2>
            <p>Menos de @low.Display es bajo.<cite-source keys="a b" /> Son @Format.Whole(Model.Adults.WomenMg) mg.</p>
            @if (Model.Items.Count > 0)
            {
                <text>Hay @Model.Items.Count alimentos.</text>
            }
            else
            {
                <text>No hay nada más.</text>
            }
            <partial name="_BarChart" model="Model.Chart" />
            """;
        Assert.Equal("Título Menos de 2,600 es bajo. Son 2,600 mg. Hay 2,600 alimentos. No hay nada más.",
            ProseSource.Text(ProseSource.Markup(partial, "2,600")));
    }
}
