using CrampInfo.Tests.Articles;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Validation;

/// <summary>The calculator in each of its states passes the Nu Html Checker with no errors (on the app with hand-made plan foods, so plans show).</summary>
[Collection(PlanAppCollection.Name)]
public sealed class CalculatorHtmlValidityTests(PlanAppFixture app)
{
    public static readonly IReadOnlyList<string> States =
    [
        "/calculator",
        "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1,09298:5:2,09040:g:30&supplement-mg=150&supplement-count=2&q=banana",
        "/calculator?age=30&items=09040:5:1",
        "/calculator?age=70&sex=male&items=11674:3:3&limit-mg=2000",
        "/calculator?age=abc&sex=x&stage=y&items=09040:99:1,12345:1:1,bad&supplement-mg=9999&supplement-meq=1&supplement-count=x&limit-mg=1&q=b",
        "/calculator?age=30&age=31&embed=1",
        // The states of the safe-advice rules: a plan, the three-food fallback, a limit in mEq, a limit that
        // cannot be read, a baby, a young child, prescription tablets, and the form's refusal.
        "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1,09040:8:1",
        "/calculator?age=6&items=09279:2:1",
        "/calculator?age=66&sex=male&items=11674:3:3&limit-meq=60",
        "/calculator?age=66&sex=male&items=09040:5:1&limit-mg=2%2C000",
        "/calculator?age=0.5&items=09298:4:1",
        "/calculator?age=2&items=09040:5:1",
        "/calculator?age=45&sex=female&items=09040:5:1&supplement-kcl-mg=1500&supplement-count=2",
        "/calculator?form=calculator&age=66&sex=male&food=09040&portion=5&qty=1%2C5&limit=2.000&calc=1",
        "/calculator?items=09040:5:1&q=bnanaa", // nothing found: did-you-mean links
    ];

    [Fact]
    public async Task Every_state_of_the_calculator_has_no_html_errors()
    {
        NuHtmlChecker.EnsureAvailable();
        var pages = new Dictionary<string, string>();
        foreach (var path in States) pages[path] = await app.Client.HtmlAsync(path);
        var report = NuHtmlChecker.ErrorsIn(pages).Where(e => e.Value.Count > 0).SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")).ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }
}
