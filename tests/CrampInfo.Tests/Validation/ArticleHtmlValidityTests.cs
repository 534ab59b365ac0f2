using CrampInfo.Tests.Articles;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Validation;

/// <summary>Every article page, as the app serves it, passes the Nu Html Checker with no errors.</summary>
[Collection(AppCollection.Name)]
public sealed class ArticleHtmlValidityTests(AppFixture app)
{
    [Fact]
    public async Task Article_pages_have_no_html_errors()
    {
        NuHtmlChecker.EnsureAvailable();
        var pages = new Dictionary<string, string>();
        foreach (var path in ArticlePages.Paths) pages[path] = await app.Client.HtmlAsync(path);

        var errors = NuHtmlChecker.ErrorsIn(pages);

        var report = errors.Where(e => e.Value.Count > 0).SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")).ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public void The_checker_reports_errors_in_invalid_html()
    {
        NuHtmlChecker.EnsureAvailable();
        var errors = NuHtmlChecker.ErrorsIn("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>a<div></p></body></html>");
        Assert.NotEmpty(errors);
    }
}
