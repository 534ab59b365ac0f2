using CrampInfo.Web.Citations;
using System.Text.RegularExpressions;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Site;

namespace CrampInfo.Tests.Articles;

[Collection(AppCollection.Name)]
public sealed partial class CitationTests(AppFixture app)
{
    /// <summary>Hosts facts.md read sources through; the site must cite the organisations' own pages instead.</summary>
    static readonly string[] MirrorHosts =
    [
        "getilapson.com", "thenews.com.pk", "pdr.net", "doctoori.net", "scribd.com", "pharmacy-near-me.com",
        "grokfood.com", "docslib.org", "medicalxpress.com", "discovery.researcher.life", "nutri-facts.org", "esha.com",
    ];

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Every_citation_number_resolves_to_its_entry_on_references(string path)
    {
        var page = await app.Client.DocumentAsync(path);
        var references = await app.Client.DocumentAsync("/references");

        foreach (var link in page.QuerySelectorAll("sup.cite a"))
        {
            var match = CitationHref().Match(link.GetAttribute("href") ?? "");
            Assert.True(match.Success, $"{path}: citation link {link.OuterHtml} does not point to /references#src-N");
            var number = int.Parse(match.Groups[1].Value);
            Assert.Equal(number.ToString(), Digits().Match(link.TextContent).Value);
            var entry = references.GetElementById($"src-{number}");
            Assert.NotNull(entry);
            Assert.Equal("li", entry.LocalName);
            Assert.Equal(number, entry.ParentElement!.Children.ToList().IndexOf(entry) + 1); // the list's own numbering agrees
        }
    }

    /// <summary>Hosts of secondary summaries the review asked us to replace with primary sources (MedlinePlus, NIH, NICE, MSD/Merck, FDA labels).</summary>
    static readonly string[] WeakerHosts = ["medicinenet.com", "gpnotebook.com", "webmd.com", "healthline.com", "drugs.com"];

    [Fact]
    public void Every_source_links_to_the_work_itself_on_a_primary_host()
    {
        foreach (var source in Sources.All)
        {
            var url = new Uri(source.Url);
            // A search page or a list of results is not the thing cited (DailyMed's search, a site's own search box).
            Assert.DoesNotMatch(@"(?i)search|[?&](q|query)=", url.PathAndQuery);
            Assert.DoesNotContain(WeakerHosts, host => url.Host == host || url.Host.EndsWith("." + host, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Article_pages_cite_sources()
    {
        foreach (var path in ArticlePages.Paths.Where(p => p is not ("/references" or "/about" or "/")))
            Assert.True((await app.Client.DocumentAsync(path)).QuerySelectorAll("sup.cite a").Length >= 3, $"{path} cites almost nothing");
    }

    [Fact]
    public async Task Every_listed_source_is_cited_somewhere()
    {
        var cited = new HashSet<int>();
        // The article pages, and the pages others build when they exist (a source only they cite counts).
        foreach (var path in ArticlePages.Paths.Concat(["/calculator", "/for-clinics"]))
        {
            using var response = await app.Client.GetAsync(path, TestContext.Current.CancellationToken);
            if (!response.IsSuccessStatusCode) continue;
            var document = await app.Client.DocumentAsync(path);
            foreach (var link in document.QuerySelectorAll("sup.cite a"))
                cited.Add(int.Parse(CitationHref().Match(link.GetAttribute("href")!).Groups[1].Value));
        }
        var uncited = Sources.All.Where(s => !cited.Contains(s.Number)).Select(s => s.Key).ToList();
        Assert.True(uncited.Count == 0, "Listed but never cited: " + string.Join(", ", uncited));
    }

    [Fact]
    public async Task References_list_every_source_with_organisation_title_year_and_its_own_url()
    {
        var references = await app.Client.DocumentAsync("/references");
        var entries = references.QuerySelectorAll("ol.sources > li");
        Assert.Equal(Sources.All.Count, entries.Length);

        foreach (var source in Sources.All)
        {
            var entry = references.GetElementById($"src-{source.Number}")!;
            var text = entry.TextContent;
            Assert.Contains(source.Organisation, text);
            Assert.Contains(source.Title, text);
            Assert.Contains(source.Year?.ToString() ?? "No date", text);
            Assert.NotNull(entry.QuerySelector($"a[href='{source.Url}']"));

            var url = new Uri(source.Url);
            Assert.Equal(Uri.UriSchemeHttps, url.Scheme);
            Assert.DoesNotContain(MirrorHosts, host => url.Host == host || url.Host.EndsWith("." + host, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_source_key_is_unique()
    {
        Assert.Equal(Sources.All.Count, Sources.All.Select(s => s.Key).Distinct().Count());
        Assert.Equal(Sources.All.Count, Sources.All.Select(s => s.Url).Distinct().Count());
    }

    [GeneratedRegex(@"^/references#src-(\d+)$")]
    private static partial Regex CitationHref();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
