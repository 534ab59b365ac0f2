using CrampInfo.Web.Security;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Hosting;

namespace CrampInfo.Tests.Hardening;

/// <summary>
/// Every case of <see cref="BadInputCorpus"/>, sent byte for byte to the real app behind Kestrel: a clear answer
/// (a 200 page with a message, a 400, a 404 or a 414), never a 5xx, and nothing sent echoed back as markup.
/// </summary>
[Collection(KestrelAppCollection.Name)]
public sealed class BadInputTests(KestrelAppFixture app)
{
    [Fact]
    public void The_corpus_holds_at_least_150_cases_covering_every_kind_of_bad_input()
    {
        var names = BadInputCorpus.All.Select(c => c.Name).ToList();
        Assert.True(names.Count >= 150, $"{names.Count} cases");
        foreach (var kind in new[]
                 {
                     "negative", "zero", "NaN", "Infinity", "1e309", "huge", "tiny", "comma as decimal mark", "unknown food",
                     "unknown portion", "1,000 items", "100 KB query string", "percent", "invalid UTF-8", "null byte", "script",
                     "SQL", "traversal", "repeated",
                 })
            Assert.Contains(names, n => n.Contains(kind, StringComparison.OrdinalIgnoreCase));
        foreach (var place in new[] { "calculator:", "api/intake:", "api/foods:", "api/foods/{ndb}:" }.Concat(BadInputCorpus.ContentPages.Select(p => $"{p}:")))
            Assert.Contains(names, n => n.StartsWith(place, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadInputCorpus.Names), MemberType = typeof(BadInputCorpus))]
    public async Task Bad_input_gets_a_clear_answer_never_a_5xx_and_is_never_echoed_as_markup(string name)
    {
        var input = BadInputCorpus.Named(name);
        var response = await app.SendAsync(RawHttp.Request("GET", input.Target, input.Headers));
        AssertSafe(input, response);
        var path = input.Target.Split('?')[0];
        var api = path.StartsWith("/api/", StringComparison.Ordinal);

        switch (input.Expect)
        {
            case Expect.Message:
                AssertMessage(api, response);
                break;
            case Expect.Valid:
                Assert.Equal(200, response.Status);
                if (api) Assert.Equal("application/json", response.MediaType);
                else Assert.Null(Parse(response).QuerySelector(".error-summary"));
                break;
            case Expect.NotFound:
                Assert.Equal(404, response.Status);
                if (api) AssertProblem(response, 404);
                else AssertFriendly(api: false, response, "We cannot find that page");
                break;
            case Expect.TooLong:
                Assert.Equal(414, response.Status);
                // Up to Kestrel's request-line cap the site answers itself; past it, Kestrel's bare 414.
                if (input.Target.Length + 20 < QueryStringCap.MaxRequestLineBytes) AssertFriendly(api, response, "That address is too long");
                break;
            case Expect.Unparseable:
                Assert.Equal(400, response.Status);
                break;
            case Expect.RedirectToMessage:
                Assert.Equal(303, response.Status);
                var location = response.Header("Location")!;
                Assert.StartsWith("/calculator", location);
                Assert.DoesNotContain(location, ch => ch is '<' or '>' or '"' or '\'' or '\r' or '\n' or ' ' || ch > 126);
                var target = await app.SendAsync(RawHttp.Request("GET", location.Split('#')[0]));
                AssertSafe(input, target);
                AssertMessage(api: false, target);
                break;
            case Expect.ContentPage:
                Assert.Equal(200, response.Status);
                Assert.Equal("text/html", response.MediaType);
                break;
        }
    }

    static void AssertMessage(bool api, RawResponse response)
    {
        if (api)
        {
            Assert.Equal(400, response.Status);
            Assert.Equal("application/problem+json", response.MediaType);
            using var problem = JsonDocument.Parse(response.Body);
            Assert.NotEmpty(problem.RootElement.GetProperty("errors").EnumerateObject());
        }
        else
        {
            Assert.Equal(200, response.Status);
            var page = Parse(response);
            Assert.NotEmpty(page.QuerySelectorAll(".error-summary li"));
        }
    }

    static void AssertProblem(RawResponse response, int status)
    {
        Assert.Equal("application/problem+json", response.MediaType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    static void AssertFriendly(bool api, RawResponse response, string title)
    {
        if (api)
        {
            Assert.Equal("application/problem+json", response.MediaType);
            using var problem = JsonDocument.Parse(response.Body);
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        }
        else
        {
            Assert.Equal(title, Parse(response).QuerySelector("h1")?.TextContent.Trim());
        }
    }

    /// <summary>Whatever the status: a whole answer, no server error, no stack trace, no file contents, no markup from the request.</summary>
    static void AssertSafe(BadInput input, RawResponse response)
    {
        Assert.True(response.Status < 500, $"{input.Name}: {response.Status}\n{response.Text}");
        Assert.True(response.Complete, "The answer was cut short.");
        Assert.Null(response.Header("Set-Cookie"));
        var text = response.Text;
        foreach (var leak in new[] { "Exception", "   at ", "\"ConnectionStrings\"", "root:x:0:0", "SQLite Error" }) // the JSON key: /for-clinics documents the setting itself
            Assert.DoesNotContain(leak, text);
        switch (response.MediaType)
        {
            case "text/html":
                // A payload with markup characters must come back HTML-escaped (or not at all); plain text may be shown as typed.
                if (input.Payload is { Length: >= 4 } payload && payload.IndexOfAny(['<', '>', '"', '\'', '&']) >= 0)
                    Assert.DoesNotContain(payload, text);
                AssertNoInjectedMarkup(Parse(response));
                break;
            case "text/xml":
                // An infobutton feed: well-formed XML, so whatever came in is escaped (or left out) in it.
                System.Xml.Linq.XDocument.Parse(text);
                break;
            case "application/json" or "application/problem+json":
                // JSON is escaped for JSON: whatever came in stays inside a string of a well-formed document, which a
                // browser never renders as a page (its type is JSON, and nosniff forbids guessing).
                using (JsonDocument.Parse(response.Body)) { }
                break;
            case null:
                Assert.Empty(response.Body);
                break;
            default:
                Assert.Fail($"Unexpected content type {response.MediaType}");
                break;
        }
    }

    /// <summary>Only the site's own scripts, no event-handler attributes, no script URLs, no elements a payload would bring.</summary>
    internal static void AssertNoInjectedMarkup(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            Assert.StartsWith("/", script.GetAttribute("src") ?? "(inline)");
            Assert.Equal("", script.TextContent.Trim());
        }
        foreach (var element in page.All)
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=...>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        Assert.Empty(page.QuerySelectorAll("base, iframe, object, embed, img[src='x'], meta[http-equiv]"));
    }

    static IDocument Parse(RawResponse response) => new HtmlParser().ParseDocument(response.Text);
}
