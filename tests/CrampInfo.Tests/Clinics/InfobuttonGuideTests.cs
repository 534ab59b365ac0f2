using System.Xml.Linq;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Infobutton;

namespace CrampInfo.Tests.Clinics;

/// <summary>/for-clinics and the README tell a clinic's IT person how to register /infobutton, and the tester shows what it answers, without JavaScript.</summary>
[Collection(AppCollection.Name)]
public sealed class InfobuttonGuideTests(AppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task For_clinics_gives_the_address_the_code_systems_and_an_example_per_code_that_works()
    {
        var (_, page) = await app.Client.GetPageAsync("/for-clinics");
        Assert.Equal("http://localhost/infobutton", page.QuerySelector("#infobutton-address").Text());
        var section = page.QuerySelector("#records")!.ParentElement!.TextContent;
        foreach (var system in CodeSystem.All) Assert.Contains(system.Oid, section);
        Assert.Contains("es", page.QuerySelector("#records + p + pre + ul").Text());

        var rows = page.QuerySelectorAll("#infobutton-codes tbody tr").ToList();
        Assert.Equal(CodeTable.Shipped.Rows.Count, rows.Count);
        foreach (var (row, code) in rows.Zip(CodeTable.Shipped.Rows))
        {
            Assert.Equal(code.Code, row.QuerySelector("td:nth-child(2)").Text());
            var example = row.QuerySelector("td:last-child a")!.GetAttribute("href")!;
            using var response = await app.Client.GetAsync(example, Cancel);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal(code.Topic.Path, response.Headers.Location?.OriginalString);
            Assert.Equal(code.Topic.Path, row.QuerySelector("td:nth-child(4) a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_tester_is_a_GET_form_with_the_infobutton_parameter_names()
    {
        var (_, page) = await app.Client.GetPageAsync("/for-clinics");
        var form = page.QuerySelector("form#infobutton-tester")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["mainSearchCriteria.v.cs", "mainSearchCriteria.v.c"], form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!));
        Assert.Equal(CodeSystem.All.Select(s => s.Oid).Prepend(""), form.QuerySelectorAll("select option").Select(o => o.GetAttribute("value")!));
        Assert.Empty(page.QuerySelectorAll("#infobutton-test *"));
    }

    [Fact]
    public async Task The_tester_shows_where_a_code_leads_including_by_fallback_and_links_each_answer()
    {
        var (_, page) = await app.Client.GetPageAsync("/for-clinics?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M62.8319#records-test");
        var result = page.QuerySelector("#infobutton-test")!;
        Assert.Contains("sends a person to Treating leg cramps (/treatment)", result.Text());
        Assert.Contains("It matched ICD-10-CM M62.831 (Muscle spasm of calf), the nearest code above the one you typed.", result.Text());
        Assert.Contains("A link to the calculator goes beside it.", result.Text());
        Assert.Equal("M62.8319", page.QuerySelector("#ib-c")!.GetAttribute("value"));
        Assert.Equal("2.16.840.1.113883.6.90", page.QuerySelector("#ib-cs option[selected]")!.GetAttribute("value"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));

        var links = result.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/infobutton", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, links.Count);
        using var person = await app.Client.GetAsync(links[0], Cancel);
        Assert.Equal("/treatment", person.Headers.Location?.OriginalString);
        using var atom = await app.Client.GetAsync(links[1], Cancel);
        Assert.Single(XDocument.Parse(await atom.Content.ReadAsStringAsync(Cancel)).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")));
        using var json = await app.Client.GetAsync(links[2], Cancel);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=Z99.89", "CrampInfo has no page for ICD-10-CM Z99.89.")]
    [InlineData("mainSearchCriteria.v.cs=&mainSearchCriteria.v.c=E87.6", "Choose a code system")]
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=", "Type a code to test.")]
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&mainSearchCriteria.v.c=2823-3", "sends a person to Low and high potassium (/hypokalemia)")]
    public async Task The_tester_says_what_happens_for_each_kind_of_input(string query, string expected)
    {
        var (response, page) = await app.Client.GetPageAsync($"/for-clinics?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector("#infobutton-test").Text());
        Assert.DoesNotContain("calculator", page.QuerySelector("#infobutton-test").Text()); // none of these offers it
    }

    [Fact]
    public async Task A_code_typed_into_the_tester_comes_back_escaped()
    {
        const string payload = "<script>alert(1)</script>";
        var response = await app.Client.GetAsync($"/for-clinics?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c={Uri.EscapeDataString(payload)}", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(payload, html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void The_README_says_how_to_register_the_resource()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        Assert.Contains("/infobutton", readme);
        foreach (var system in CodeSystem.All) Assert.Contains(system.Oid, readme);
        foreach (var code in CodeTable.Shipped.Rows) Assert.Contains($"mainSearchCriteria.v.c={code.Code}", readme);
    }
}
