using System.Text.RegularExpressions;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Articles;

/// <summary>The article's "4,700 mg" is today's label Daily Value, not the recommended intake.</summary>
[Collection(AppCollection.Name)]
public sealed partial class DailyValueTests(AppFixture app)
{
    static readonly string DailyValue = ReferenceFigures.DailyValueMg.Value.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Every_mention_of_4700_mg_calls_it_the_Daily_Value_or_old_advice(string path)
    {
        var text = Readability.OfPage(await app.Client.HtmlAsync(path)).Text;
        foreach (var sentence in text.Split('\n').Where(s => s.Contains(DailyValue, StringComparison.Ordinal)))
        {
            Assert.Matches(PastOrDailyValue(), sentence);
            Assert.DoesNotMatch(Recommended(), sentence);
        }
        // Tables too: no table gives 4,700 mg as an amount to eat.
        var document = await app.Client.DocumentAsync(path);
        Assert.All(document.QuerySelectorAll("table td"), cell => Assert.NotEqual(DailyValue, cell.TextContent.Trim()));
    }

    [Fact]
    public async Task Food_sources_says_4700_mg_is_the_Daily_Value_and_not_the_amount_to_eat()
    {
        var text = Readability.OfPage(await app.Client.HtmlAsync("/food-sources")).Text;
        Assert.Contains(text.Split('\n'), s => s.Contains($"{DailyValue} mg", StringComparison.Ordinal) && s.Contains("only the Daily Value", StringComparison.Ordinal));
        Assert.Contains("It is not the amount you need to eat.", text);
    }

    [GeneratedRegex(@"Daily Value|\b2004\b|\bpre-2019\b|\b[Oo]ld(er)?\b")]
    private static partial Regex PastOrDailyValue();

    [GeneratedRegex(@"(?i)\b(you need|you should|we recommend|recommended intake|aim for|target)\b")]
    private static partial Regex Recommended();
}
