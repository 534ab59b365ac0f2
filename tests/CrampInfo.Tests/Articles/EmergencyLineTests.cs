using System.Text.RegularExpressions;
using CrampInfo.Tests.Clinics;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// An emergency line names 911 and nothing else: with a clinic's phone number set (shown in the header of every
/// page), no emergency line carries it, links to it, or sits beside it, so nobody in a heart emergency rings a
/// clinic's front desk instead of 911.
/// </summary>
public sealed partial class EmergencyLineTests : IAsyncLifetime
{
    const string ClinicPhone = "555-0142";

    readonly AppFixture app = new(new());

    public ValueTask InitializeAsync()
    {
        app.Factory.With("Clinic:Name", "Lakeside Clinic").With("Clinic:Phone", ClinicPhone);
        return app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/treatment", 1)]
    [InlineData("/hypokalemia", 2)]
    [InlineData("/about", 1)]
    public async Task Emergency_lines_name_911_and_never_the_clinics_phone(string path, int atLeast)
    {
        var (_, page) = await app.Client.GetPageAsync(path);
        Assert.Contains(ClinicPhone, page.QuerySelector("header .provided-by").Text()); // the setting is in force

        var lines = page.QuerySelectorAll("main .emergency");
        Assert.True(lines.Length >= atLeast, $"{path} marks {lines.Length} emergency lines");
        foreach (var line in lines)
        {
            Assert.Contains("911", line.Text());
            Assert.DoesNotContain(ClinicPhone, line.Text());
            Assert.All(line.QuerySelectorAll("a[href^='tel:']"), a => Assert.Equal("tel:911", a.GetAttribute("href")));
            // What sits next to the line, and next to the box it is in (the page's header is not beside a line in <main>).
            var beside = new[] { line.PreviousElementSibling, line.NextElementSibling }.ToList();
            if (line.ParentElement is { LocalName: not "main" } box) beside.AddRange([box.PreviousElementSibling, box.NextElementSibling]);
            foreach (var element in beside.OfType<AngleSharp.Dom.IElement>())
            {
                Assert.DoesNotContain(ClinicPhone, element.Text());
                Assert.Empty(element.QuerySelectorAll("a[href^='tel:']"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Every_sentence_that_says_to_call_for_an_emergency_names_911(string path)
    {
        var (_, page) = await app.Client.GetPageAsync(path);
        var sentences = SentenceEnd().Split(page.QuerySelector("main").Text());
        foreach (var sentence in sentences.Where(s => CallForHelp().IsMatch(s)))
            Assert.Contains("911", sentence);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?i)\bcall\b[^.]*\bemergenc|\bemergenc[^.]*\bcall\b|\bemergency (number|services|help)\b")]
    private static partial Regex CallForHelp();
}
