using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CrampInfo.Tests.Clinics;

/// <summary>Fetches a page and parses it, for tests that look at what a page shows.</summary>
public static class PageReader
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(html));
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    public static bool HasHeader(this HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);

    /// <summary>Collapses runs of white space, as a browser shows text.</summary>
    public static string Text(this IElement? element) =>
        element is null ? "" : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
