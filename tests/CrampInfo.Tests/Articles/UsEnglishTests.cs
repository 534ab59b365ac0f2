using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// The site is written in US English for US readers: no British spellings and no British phrases such as "being
/// sick" (which reads as "being ill" in the US). A short list of the usual slips, over every page a visitor reads.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class UsEnglishTests(AppFixture app)
{
    /// <summary>Every page of the site's navigation, with the calculator's empty form and the clinics' page.</summary>
    public static TheoryData<string> Pages => new(ArticlePages.Paths.Concat(["/calculator", "/for-clinics"]));

    /// <summary>
    /// The words a page shows: title, description and body text. Left out: <c>code</c> (setting names, commands) and
    /// <c>cite</c> (the titles of cited works, quoted as their publishers spell them).
    /// </summary>
    static string ReadableText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("code, cite, script, style").ToList())
            element.Remove();
        var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
        return string.Join('\n', document.Title, description, document.Body?.TextContent);
    }

    public static IReadOnlyList<string> BritishFormsIn(string text) =>
        BritishForms().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_uses_US_spelling_and_phrases(string path)
    {
        var found = BritishFormsIn(ReadableText(await app.Client.HtmlAsync(path)));
        Assert.True(found.Count == 0, $"{path} uses British forms: {string.Join(", ", found)}");
    }

    [Theory]
    [InlineData("Pick a colour you like.", "colour")]
    [InlineData("Your favourite flavours", "favourite")]
    [InlineData("the health centre", "centre")]
    [InlineData("high in fibre", "fibre")]
    [InlineData("two litres of water", "litres")]
    [InlineData("low haemoglobin", "haemoglobin")]
    [InlineData("leg oedema", "oedema")]
    [InlineData("a paediatric clinic", "paediatric")]
    [InlineData("a diet programme", "programme")]
    [InlineData("labs analyse blood", "analyse")]
    [InlineData("Doctors recognise it.", "recognise")]
    [InlineData("We organised the list.", "organised")]
    [InlineData("the organisation's page", "organisation")]
    [InlineData("she realised", "realised")]
    [InlineData("baking powder and other raising agents", "raising agents")]
    [InlineData("after being sick", "being sick")]
    [InlineData("diarrhoea", "diarrhoea")]
    [InlineData("behaviour", "behaviour")]
    public void Each_listed_British_form_is_found(string text, string form) =>
        Assert.Contains(form, BritishFormsIn(text), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Pick a color you like. Your favorite flavors.")]
    [InlineData("the health center, high in fiber, two liters of water, low hemoglobin, leg edema")]
    [InlineData("a pediatric clinic, a diet program, labs analyze blood, doctors recognize it, the organization")]
    [InlineData("Exercise and advise are fine; so are otherwise, rise, wise and noise. Throwing up, leavening agents.")]
    [InlineData("the American Academy of Orthopaedic Surgeons")] // a name is spelled as its owner spells it
    public void US_forms_pass(string text) => Assert.Empty(BritishFormsIn(text));

    [GeneratedRegex(
        @"(?i)\b(colour\w*|flavour\w*|favourite\w*|centre[sd]?|fibres?|litres?|haemo\w*|oedema|paediatric\w*|programmes?|analys(e|es|ed|ing)"
        + @"|(recogni|organi|reali|minimi|summari|categori|emphasi|speciali|stabili|normali|utili|hospitali|prioriti|apologi|memori|personali|visuali|authori)s(e|es|ed|ing|ation|ations)"
        + @"|raising agents?|being sick|diarrhoea|anaemi\w*|oesophag\w*|behaviour\w*|tumours?|labour\w*|licences?|practised?|travelled|travelling)\b")]
    private static partial Regex BritishForms();
}
