using System.Collections.Frozen;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Pages.Calculator;

namespace CrampInfo.Web.Infobutton;

/// <summary>The language an answer's pages are in.</summary>
public static class AnswerLanguages
{
    public const string Default = "en";

    /// <summary>
    /// Languages the site has pages in. The Spanish pages (<c>/es</c> + the same path) come with a later issue;
    /// until then a request for <c>es</c> is answered with the English pages, marked <c>hreflang="en"</c>.
    /// Adding "es" here is all that will point such requests at them.
    /// </summary>
    static readonly FrozenSet<string> WithPages = FrozenSet.Create(Default);

    public static string Serve(string? requested) => requested is not null && WithPages.Contains(requested) ? requested : Default;

    /// <summary>A site path in a language: the English path, or the same path under <c>/{language}</c>.</summary>
    public static string PathIn(string language, string path) => language == Default ? path : $"/{language}{path}";
}

/// <summary>A page that answers a request, the codes that led to it, and a calculator link when one is offered beside it.</summary>
public sealed record AnswerEntry(Topic Topic, string Path, IReadOnlyList<CodeMatch> Matches, string? CalculatorPath);

/// <summary>
/// What /infobutton answers a request with, whatever form the answer takes: the pages of the codes that
/// matched, each once, in the order of the first code that led to it; the first is where a person is sent.
/// </summary>
public sealed class InfobuttonAnswer
{
    InfobuttonAnswer(InfobuttonRequest request, string language, IReadOnlyList<AnswerEntry> entries)
    {
        Request = request;
        Language = language;
        Entries = entries;
    }

    public InfobuttonRequest Request { get; }

    /// <summary>The language of the pages linked (see <see cref="AnswerLanguages"/>).</summary>
    public string Language { get; }

    public IReadOnlyList<AnswerEntry> Entries { get; }

    /// <summary>Where a person is sent: the page of the first code that matched; null when none did.</summary>
    public string? RedirectPath => Entries.Count > 0 ? Entries[0].Path : null;

    public static InfobuttonAnswer For(InfobuttonRequest request, CodeTable table)
    {
        var language = AnswerLanguages.Serve(request.Language);
        var calculator = CalculatorPath(request, language);
        var matches = request.Criteria
            .Select(c => c is { CodeSystem: { } system, Code: { } code } ? table.Match(system, code) : null)
            .OfType<CodeMatch>()
            .ToList();
        var entries = matches
            .GroupBy(m => m.Row.Topic)
            .Select(g => new AnswerEntry(g.Key, AnswerLanguages.PathIn(language, g.Key.Path), g.ToList(),
                OffersCalculator(g.Key, g) ? calculator : null))
            .ToList();
        return new InfobuttonAnswer(request, language, entries);
    }

    /// <summary>
    /// A calculator link goes beside the low-potassium and leg-cramp pages, and only when a diagnosis or finding
    /// led there: a potassium test result leads to the same page, but its value (never read) may be high.
    /// </summary>
    static bool OffersCalculator(Topic topic, IEnumerable<CodeMatch> matches) =>
        topic.OffersCalculator && matches.Any(m => m.Row.System.Kind == CodeKind.Problem);

    /// <summary>The landing page's topics, each with the calculator link where one is offered beside it.</summary>
    public IEnumerable<(Topic Topic, string Path, string? CalculatorPath)> AllTopics()
    {
        var calculator = CalculatorPath(Request, Language);
        return Topics.All.Select(t => (t, AnswerLanguages.PathIn(Language, t.Path), t.OffersCalculator ? calculator : null));
    }

    /// <summary>The calculator, pre-filled with the age and sex sent when they are valid, and without them otherwise.</summary>
    static string CalculatorPath(InfobuttonRequest request, string language)
    {
        var values = new Dictionary<string, string>();
        if (request.AgeYears is { } age) values[CalculatorParameters.Age] = NumberText.Canonical(age);
        if (request.Sex is { } sex) values[CalculatorParameters.Sex] = SexNames.Of(sex);
        return new CalculatorLink(values, []).ToUrl(AnswerLanguages.PathIn(language, "/calculator"));
    }
}
