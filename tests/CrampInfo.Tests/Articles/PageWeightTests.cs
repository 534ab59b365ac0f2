using System.IO.Compression;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

/// <summary>Article pages stay light: HTML and stylesheet together well under 40 KB once compressed.</summary>
[Collection(AppCollection.Name)]
public sealed class PageWeightTests(AppFixture app, ITestOutputHelper output)
{
    const int BudgetBytes = 40 * 1024;

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task Page_and_its_stylesheet_compress_to_under_40_KB(string path)
    {
        var html = await app.Client.HtmlAsync(path);
        var document = await app.Client.DocumentAsync(path);
        var total = Gzipped(html);
        foreach (var href in document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], img[src]")
                     .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            total += Gzipped(await app.Client.GetByteArrayAsync(href, TestContext.Current.CancellationToken));

        output.WriteLine($"{path}: {total / 1024.0:0.0} KB compressed (HTML {Gzipped(html) / 1024.0:0.0} KB)");
        Assert.True(total < BudgetBytes, $"{path} weighs {total} bytes compressed, over {BudgetBytes}");
    }

    static int Gzipped(string text) => Gzipped(System.Text.Encoding.UTF8.GetBytes(text));

    static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }
}
