using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>axe-core (Deque.AxeCore.Playwright) limited to the WCAG 2.0, 2.1 and 2.2 level A and AA rules.</summary>
public static class Axe
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Every WCAG A/AA violation on the page as it is now, one line per element ("rule: element").</summary>
    public static async Task<IReadOnlyList<string>> WcagViolationsAsync(this IPage page)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } };
        var result = await page.RunAxe(options);
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Html}"))
            .ToList();
    }
}
