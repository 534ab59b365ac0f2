using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// Plain language: the main text of each article page reads at Flesch-Kincaid grade 8.0 or below, measured as
/// <see cref="Readability"/> describes (what counts as main text, sentences and syllables). To see each page's
/// grade: <c>dotnet test CrampInfo.sln --filter "FullyQualifiedName~ReadabilityTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReadabilityTests(AppFixture app, ITestOutputHelper output)
{
    public const double MaxGrade = 8.0;

    [Theory]
    [MemberData(nameof(ArticlePages.Prose), MemberType = typeof(ArticlePages))]
    public async Task Main_text_reads_at_grade_8_or_below(string path)
    {
        var result = Readability.OfPage(await app.Client.HtmlAsync(path));
        output.WriteLine($"{path}: Flesch-Kincaid grade {result.Grade:0.00} ({result.Words} words, {result.Sentences} sentences, {result.Syllables} syllables)");

        Assert.True(result.Words > 100, $"{path}: only {result.Words} words of main text; is the page's text being read?");
        Assert.True(result.Grade <= MaxGrade, $"{path} reads at grade {result.Grade:0.00}, above {MaxGrade}");
    }

    [Theory]
    [InlineData("cramp", 1)]
    [InlineData("cramps", 1)]
    [InlineData("muscle", 2)]
    [InlineData("table", 2)]
    [InlineData("take", 1)]
    [InlineData("takes", 1)]
    [InlineData("based", 1)]
    [InlineData("needed", 2)]
    [InlineData("banana", 3)]
    [InlineData("doctor", 2)]
    [InlineData("free", 1)]
    [InlineData("well-known", 2)]
    [InlineData("mg", 1)]
    [InlineData("2,600", 4)]
    [InlineData("3.5", 2)]
    public void Syllables_follow_the_stated_rule(string word, int syllables) =>
        Assert.Equal(syllables, Readability.SyllablesIn(word));

    [Fact]
    public void Grade_follows_the_formula()
    {
        // 2 sentences of 6 and 3 one-syllable words.
        var result = Readability.OfText("The cat sat on the mat. A dog ran.");
        Assert.Equal((2, 9, 9), (result.Sentences, result.Words, result.Syllables));
        Assert.Equal(Math.Round(0.39 * 9 / 2 + 11.8 * 9 / 9 - 15.59, 2), result.Grade);
    }

    [Fact]
    public void Tables_figures_citations_and_navigation_are_not_main_text()
    {
        const string html = """
            <html><body><nav><p>Home page navigation words here.</p></nav><main>
            <h1>Title</h1><p>Short words here.<sup class="cite">[<a href="/references#src-1">1</a>]</sup></p>
            <table><caption>Extraordinarily complicated caption</caption><tr><td>Incomprehensibility</td></tr></table>
            <figure><svg><text>Quantification</text></svg><figcaption>Representational visualisation</figcaption></figure>
            </main></body></html>
            """;
        var result = Readability.OfPage(html);
        Assert.Equal("Title\nShort words here.", result.Text);
    }
}
