using System.Net;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

[Collection(AppCollection.Name)]
public sealed class ArticlePageTests(AppFixture app)
{
    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Page_answers_200_with_one_h1_and_headings_in_order(string path)
    {
        var document = await app.Client.DocumentAsync(path);

        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotNull(document.QuerySelector("main h1"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: heading level {levels[i]} follows level {levels[i - 1]}");
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Page_answers_head(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using var response = await app.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Tables_have_captions_and_header_cells_with_scope(string path)
    {
        var document = await app.Client.DocumentAsync(path);
        foreach (var table in document.QuerySelectorAll("table"))
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{path}: a table without a caption");
            var headers = table.QuerySelectorAll("th");
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        }
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Page_has_no_inline_script_style_or_handlers(string path)
    {
        var document = await app.Client.DocumentAsync(path);

        // The Content-Security-Policy allows none of these; a script file would need a no-JavaScript test of its own.
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Links_to_article_pages_lead_to_a_page_and_place_that_exist(string path)
    {
        var document = await app.Client.DocumentAsync(path);
        var links = document.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct();
        foreach (var href in links)
        {
            var target = href.Split('#');
            if (!ArticlePages.Paths.Contains(target[0])) continue; // /calculator and /for-clinics are tested with their pages
            var linked = await app.Client.DocumentAsync(target[0]);
            if (target.Length > 1) Assert.True(linked.GetElementById(target[1]) is not null, $"{path} links to {href}, which has no such id");
        }
    }

    [Fact]
    public async Task Treatment_page_has_the_section_the_calculator_links_to()
    {
        var document = await app.Client.DocumentAsync("/treatment");
        var section = document.GetElementById("when-to-see-a-doctor");
        Assert.NotNull(section);
        Assert.Matches("^h[23]$", section.LocalName);
    }

    [Fact]
    public async Task Hyperkalemia_is_explained_on_the_hypokalemia_page()
    {
        var document = await app.Client.DocumentAsync("/hypokalemia");
        var heading = document.GetElementById("high-potassium");
        Assert.NotNull(heading);
        Assert.Contains("hyperkalemia", heading.TextContent, StringComparison.OrdinalIgnoreCase);
        // The list under "Who is at risk": every medicine the sources name, the newer ones included (review point 6).
        var risks = document.GetElementById("high-risk")!.NextElementSibling!;
        Assert.Equal("ul", risks.LocalName);
        foreach (var risk in new[] { "kidney disease", "ACE inhibitors", "ARBs", "potassium-sparing diuretics", "spironolactone", "NSAID",
                     "trimethoprim", "heparin", "finerenone", "sacubitril with valsartan", "salt substitutes" })
            Assert.Contains(risk, risks.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
