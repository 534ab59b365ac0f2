using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CrampInfo.Tests.Articles;

/// <summary>The article pages of the public interface, and a way to read one through the app.</summary>
public static class ArticlePages
{
    public static readonly IReadOnlyList<string> Paths =
        ["/", "/muscle-function", "/hypokalemia", "/treatment", "/food-sources", "/references", "/about"];

    /// <summary>The pages held to the reading-level limit: all but /references, which is a list of titles.</summary>
    public static readonly IReadOnlyList<string> ProsePaths = Paths.Where(p => p != "/references").ToList();

    public static TheoryData<string> All => new(Paths);
    public static TheoryData<string> Prose => new(ProsePaths);

    public static async Task<string> HtmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<IHtmlDocument> DocumentAsync(this HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.HtmlAsync(path));
}
