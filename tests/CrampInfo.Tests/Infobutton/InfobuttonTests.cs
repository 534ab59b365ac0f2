using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Clinics;
using CrampInfo.Tests.Hardening;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Infobutton;

/// <summary>
/// /infobutton through the app, GET and form POST alike: the 303 for a person, the topics when nothing
/// matches, the Atom feed (read with an XML parser) and its JSON form, what is echoed and what never is.
/// Cases written from the parameter list of the HL7 URL-based guide, not copied from it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InfobuttonTests(AppFixture app)
{
    const string Icd10 = "2.16.840.1.113883.6.90";
    const string Icd9 = "2.16.840.1.113883.6.103";
    const string Snomed = "2.16.840.1.113883.6.96";
    const string Loinc = "2.16.840.1.113883.6.1";
    const string RxNorm = "2.16.840.1.113883.6.88";
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The same parameters as a GET query string or as a form POST.</summary>
    async Task<HttpResponseMessage> Send(string method, string query, params (string Name, string Value)[] headers)
    {
        using var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, $"/infobutton?{query}")
            : new HttpRequestMessage(HttpMethod.Post, "/infobutton")
            {
                Content = new StringContent(query, Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await app.Client.SendAsync(request, Cancel);
    }

    static string Q(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    static string Code(string code, string system, string suffix = "") =>
        Q(($"mainSearchCriteria.v.c{suffix}", code), ($"mainSearchCriteria.v.cs{suffix}", system));

    public static TheoryData<string, string, string, string> CodesAndPages()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var method in new[] { "GET", "POST" })
        {
            data.Add(method, Icd10, "E87.6", "/hypokalemia");
            data.Add(method, Icd10, "E876", "/hypokalemia");
            data.Add(method, "urn:oid:" + Icd10, "e87.6", "/hypokalemia");
            data.Add(method, Icd10, "E87.5", "/hypokalemia#high-potassium");
            data.Add(method, Icd10, "R25.2", "/treatment");
            data.Add(method, Icd10, "R252", "/treatment");
            data.Add(method, Icd10, "M62.831", "/treatment");
            data.Add(method, Icd10, "G47.62", "/treatment");
            data.Add(method, Icd10, "G47.629", "/treatment"); // falls back to G47.62
            data.Add(method, Icd10, "E87.69", "/hypokalemia"); // falls back to E87.6
            data.Add(method, Icd9, "276.8", "/hypokalemia");
            data.Add(method, Icd9, "2768", "/hypokalemia");
            data.Add(method, Snomed, "43339004", "/hypokalemia");
            data.Add(method, Snomed, "14140009", "/hypokalemia#high-potassium");
            data.Add(method, Snomed, "55300003", "/treatment");
            data.Add(method, Loinc, "2823-3", "/hypokalemia");
            data.Add(method, Loinc, "6298-4", "/hypokalemia");
            data.Add(method, RxNorm, "8591", "/food-sources#supplements");
            data.Add(method, RxNorm, "9071", "/treatment#quinine");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CodesAndPages))]
    public async Task A_person_is_sent_to_the_page_of_the_code_with_a_303_that_no_cache_keeps(string method, string system, string code, string page)
    {
        using var response = await Send(method, Code(code, system) + "&informationRecipient=PAT&age.v.v=45&age.v.u=a");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.False(response.HasHeader("Set-Cookie"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Several_codes_send_a_person_to_the_first_that_matches_in_repeat_order(string method)
    {
        // Unnumbered first (no page for Z99.89), then 1 (E87.5) before 2 (R25.2), though 2 is sent first.
        var query = Code("R25.2", Icd10, "2") + "&" + Code("Z99.89", Icd10) + "&" + Code("E87.5", Icd10, "1");
        using var response = await Send(method, query);
        Assert.Equal("/hypokalemia#high-potassium", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Names_are_matched_in_any_case_and_the_older_c_form_is_read(string method)
    {
        using var mixed = await Send(method, $"MAINSEARCHCRITERIA.V.CS={Icd10}&mainsearchcriteria.v.c=E87.6");
        Assert.Equal("/hypokalemia", mixed.Headers.Location?.OriginalString);
        using var older = await Send(method, $"mainSearchCriteria.c.c=R25.2&mainSearchCriteria.c.cs={Icd10}");
        Assert.Equal("/treatment", older.Headers.Location?.OriginalString);
    }

    public static TheoryData<string, string> Unmatched()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "GET", "POST" })
        {
            data.Add(method, "mainSearchCriteria.v.c=E87.6");                                  // no code system
            data.Add(method, $"mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs={Snomed}");  // another system's code
            data.Add(method, "mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.69"); // NDC
            data.Add(method, "mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs=ICD10CM");
            data.Add(method, $"mainSearchCriteria.v.dn=Hypokalemia&mainSearchCriteria.v.cs={Icd10}"); // never guessed from a name
            data.Add(method, $"mainSearchCriteria.v.c=M62.838&mainSearchCriteria.v.cs={Icd10}");   // no fallback to M62
            data.Add(method, $"mainSearchCriteria.v.c=E87&mainSearchCriteria.v.cs={Icd10}");
            data.Add(method, "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Unmatched))]
    public async Task Without_a_match_a_person_gets_the_topics_page(string method, string query)
    {
        using var response = await Send(method, query);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        var topics = page.QuerySelectorAll(".topic-list > li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/hypokalemia", "/hypokalemia#high-potassium", "/treatment", "/treatment#quinine", "/food-sources#supplements"], topics);
        foreach (var echoed in new[] { "E87.6", "E876", "M62.838", "Hypokalemia&", "ICD10CM" })
            Assert.DoesNotContain(echoed, html);
    }

    [Theory]
    [InlineData("age.v.v=45&age.v.u=a&patientPerson.administrativeGenderCode.c=F", "/calculator?age=45&sex=female")]
    [InlineData("age.v.v=18&age.v.u=mo&patientPerson.administrativeGenderCode.c=M", "/calculator?age=1.5&sex=male")]
    [InlineData("age.v.v=45&patientPerson.administrativeGenderCode.c=UN", "/calculator")]
    [InlineData("age.v.v=-3&age.v.u=a", "/calculator")]
    [InlineData("age.v.v=%3Cscript%3E&age.v.u=a&patientPerson.administrativeGenderCode.c=%3Cb%3E", "/calculator")]
    public async Task The_topics_page_offers_the_calculator_beside_the_low_potassium_and_leg_cramp_pages_only(string patient, string calculator)
    {
        using var response = await Send("GET", patient);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        var items = page.QuerySelectorAll(".topic-list > li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.QuerySelectorAll(".topic-calculator a").Select(a => a.GetAttribute("href")).ToList());

        Assert.Equal([calculator], items["/hypokalemia"]);
        Assert.Equal([calculator], items["/treatment"]);
        Assert.Empty(items["/hypokalemia#high-potassium"]);
        Assert.Empty(items["/treatment#quinine"]);
        Assert.Empty(items["/food-sources#supplements"]);
    }

    const string Observation = "observation.c.c=2823-3&observation.c.cs=2.16.840.1.113883.6.1&observation.v.v=3.17&observation.v.u=mmol%2FL";
    const string Holder = "holder.assignedEntity.n=holder-name-5521&holder.assignedEntity.certificateText=holder-secret-8842";
    const string Patient = "age.v.v=47.25&age.v.u=a&patientPerson.administrativeGenderCode.c=F";

    static string FeedQuery(string type) =>
        Code("E87.6", Icd10) + "&mainSearchCriteria.v.dn=Hypokalemia"
        + "&" + Code("2823-3", Loinc, "1") + "&" + Code("e875", Icd10, "2") + "&" + Code("Z99.89", Icd10, "3")
        + $"&informationRecipient=PAT&informationRecipient.languageCode.c=en&knowledgeResponseType={Uri.EscapeDataString(type)}&{Patient}&{Observation}&{Holder}";

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task The_Atom_feed_has_the_feed_metadata_the_echoed_criteria_and_one_entry_per_page(string method)
    {
        using var response = await Send(method, FeedQuery("text/xml"), ("Origin", "https://ehr.example"));
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var feed = XDocument.Parse(text).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "subtitle")?.Value));
        Assert.Equal("CrampInfo", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal("http://localhost/", feed.Element(Atom + "author")?.Element(Atom + "uri")?.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
        Assert.Matches("^urn:uuid:[0-9a-f-]{36}$", feed.Element(Atom + "id")?.Value);

        var categories = feed.Elements(Atom + "category").Select(c => (c.Attribute("scheme")!.Value, c.Attribute("term")!.Value)).ToList();
        Assert.Equal(
        [
            ("mainSearchCriteria.v.c", "E87.6"), ("mainSearchCriteria.v.cs", Icd10), ("mainSearchCriteria.v.dn", "Hypokalemia"),
            ("mainSearchCriteria.v.c1", "2823-3"), ("mainSearchCriteria.v.cs1", Loinc),
            ("mainSearchCriteria.v.c2", "e875"), ("mainSearchCriteria.v.cs2", Icd10),
            ("mainSearchCriteria.v.c3", "Z99.89"), ("mainSearchCriteria.v.cs3", Icd10),
            ("informationRecipient", "PAT"), ("informationRecipient.languageCode.c", "en"), ("knowledgeResponseType", "text/xml"),
        ], categories);
        AssertNothingPrivateEchoed(text);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count); // E87.6 and 2823-3 share a page; Z99.89 has none
        var low = entries[0];
        Assert.Equal("en", low.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(low.Element(Atom + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(low.Element(Atom + "summary")?.Value));
        Assert.Equal("http://localhost/hypokalemia", low.Element(Atom + "id")?.Value);
        Assert.True(DateTimeOffset.TryParse(low.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
        var alternate = Assert.Single(low.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "alternate");
        Assert.Equal(("html", "en", "http://localhost/hypokalemia"), (alternate.Attribute("type")?.Value, alternate.Attribute("hreflang")?.Value, alternate.Attribute("href")?.Value));
        var calculator = Assert.Single(low.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "related");
        Assert.Equal("http://localhost/calculator?age=47.25&sex=female", calculator.Attribute("href")?.Value);
        Assert.Equal([("mainSearchCriteria.v.c", "E87.6"), ("mainSearchCriteria.v.cs", Icd10), ("mainSearchCriteria.v.c", "2823-3"), ("mainSearchCriteria.v.cs", Loinc)],
            low.Elements(Atom + "category").Select(c => (c.Attribute("scheme")!.Value, c.Attribute("term")!.Value)));

        var high = entries[1];
        Assert.Equal("http://localhost/hypokalemia#high-potassium", Assert.Single(high.Elements(Atom + "link")).Attribute("href")?.Value);
        Assert.Equal("E87.5", high.Elements(Atom + "category").First().Attribute("term")?.Value);
    }

    /// <summary>The age and sex live only in a calculator link; no lab value, credential or their names anywhere.</summary>
    static void AssertNothingPrivateEchoed(string text)
    {
        foreach (var secret in new[] { "3.17", "mmol", "observation", "holder", "5521", "8842", "administrativeGenderCode", "age.v" })
            Assert.DoesNotContain(secret, text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "47\\.25"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task The_JSON_feed_is_the_same_tree_in_HL7s_JSON_shape(string method)
    {
        using var atomResponse = await Send(method, FeedQuery("text/xml"));
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync(Cancel)).Root!;
        using var response = await Send(method, FeedQuery("application/json"), ("Origin", "https://ehr.example"));
        var text = await response.Content.ReadAsStringAsync(Cancel);
        using var json = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("no-store", response.Header("Cache-Control"));
        var root = Assert.Single(json.RootElement.EnumerateObject());
        Assert.Equal("feed", root.Name);
        var feed = root.Value;
        Assert.Equal("en", feed.GetProperty("lang").GetString());
        Assert.Equal(atom.Element(Atom + "title")!.Value, feed.GetProperty("title").GetProperty("_value").GetString());
        Assert.Equal("text", feed.GetProperty("title").GetProperty("type").GetString());
        Assert.Equal("CrampInfo", feed.GetProperty("author").GetProperty("name").GetProperty("_value").GetString());
        Assert.StartsWith("urn:uuid:", feed.GetProperty("id").GetProperty("_value").GetString());
        Assert.True(DateTimeOffset.TryParse(feed.GetProperty("updated").GetProperty("_value").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain("xmlns", text);
        Assert.DoesNotContain(feed.EnumerateObject(), p => p.Name.Contains(':'));

        Assert.Equal(JsonValueKind.Array, feed.GetProperty("category").ValueKind);
        // The same categories, but for the response type each echoes.
        Assert.Equal(atom.Elements(Atom + "category").Select(c => (c.Attribute("scheme")!.Value, c.Attribute("term")!.Value.Replace("text/xml", "application/json"))),
            feed.GetProperty("category").EnumerateArray().Select(c => (c.GetProperty("scheme").GetString()!, c.GetProperty("term").GetString()!)));
        var entries = feed.GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(atom.Elements(Atom + "entry").Count(), entries.Count);
        foreach (var (entry, atomEntry) in entries.Zip(atom.Elements(Atom + "entry")))
        {
            Assert.Equal(atomEntry.Attribute(XNamespace.Xml + "lang")!.Value, entry.GetProperty("lang").GetString());
            Assert.Equal(atomEntry.Element(Atom + "title")!.Value, entry.GetProperty("title").GetProperty("_value").GetString());
            Assert.Equal(atomEntry.Element(Atom + "summary")!.Value, entry.GetProperty("summary").GetProperty("_value").GetString());
            Assert.Equal(atomEntry.Element(Atom + "id")!.Value, entry.GetProperty("id").GetProperty("_value").GetString());
            Assert.Equal(JsonValueKind.Array, entry.GetProperty("link").ValueKind);
            Assert.Equal(atomEntry.Elements(Atom + "link").Select(l => (l.Attribute("rel")!.Value, l.Attribute("type")!.Value, l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)),
                entry.GetProperty("link").EnumerateArray().Select(l => (l.GetProperty("rel").GetString()!, l.GetProperty("type").GetString()!, l.GetProperty("hreflang").GetString()!, l.GetProperty("href").GetString()!)));
            Assert.Equal(JsonValueKind.Array, entry.GetProperty("category").ValueKind);
        }
        // The high-potassium entry has a single link, still in an array.
        Assert.Equal(1, entries[1].GetProperty("link").GetArrayLength());
        AssertNothingPrivateEchoed(text);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/json")]
    public async Task A_request_that_matches_nothing_gets_a_feed_without_entries(string type)
    {
        using var response = await Send("GET", Code("Z99.89", Icd10) + $"&knowledgeResponseType={Uri.EscapeDataString(type)}");
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (type == "text/xml")
            Assert.Empty(XDocument.Parse(text).Root!.Elements(Atom + "entry"));
        else
            Assert.Equal(0, JsonDocument.Parse(text).RootElement.GetProperty("feed").GetProperty("entry").GetArrayLength());
    }

    public static TheoryData<string, string, bool> CalculatorOffers() => new()
    {
        { Icd10, "E87.6", true },   // low potassium: a diagnosis
        { Snomed, "55300003", true }, // a cramp: a finding
        { Icd10, "E87.5", false },  // high potassium
        { Snomed, "14140009", false },
        { Loinc, "2823-3", false }, // a potassium result: its value is never read, and may be high
        { RxNorm, "8591", false },  // a potassium medicine
        { RxNorm, "9071", false },
    };

    [Theory]
    [MemberData(nameof(CalculatorOffers))]
    public async Task A_feed_offers_the_pre_filled_calculator_only_beside_the_low_potassium_and_leg_cramp_pages_reached_by_a_problem(string system, string code, bool offered)
    {
        using var response = await Send("GET", Code(code, system) + $"&knowledgeResponseType=text/xml&{Patient}");
        var entry = Assert.Single(XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).Root!.Elements(Atom + "entry"));
        var related = entry.Elements(Atom + "link").Where(l => l.Attribute("rel")?.Value == "related").Select(l => l.Attribute("href")?.Value).ToList();
        Assert.Equal(offered ? ["http://localhost/calculator?age=47.25&sex=female"] : [], related);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("fr")]
    public async Task Until_the_Spanish_pages_exist_every_language_gets_the_English_pages(string language)
    {
        using var response = await Send("GET", Code("R25.2", Icd10) + $"&informationRecipient.languageCode.c={language}&knowledgeResponseType=text/xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).Root!;
        var link = feed.Element(Atom + "entry")!.Element(Atom + "link")!;
        Assert.Equal(("en", "http://localhost/treatment"), (link.Attribute("hreflang")?.Value, link.Attribute("href")?.Value));
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        using var person = await Send("GET", Code("R25.2", Icd10) + $"&informationRecipient.languageCode.c={language}");
        Assert.Equal("/treatment", person.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Other_response_types_get_the_answer_for_a_person()
    {
        using var response = await Send("GET", Code("R25.2", Icd10) + "&knowledgeResponseType=application/javascript&callback=alert");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/treatment", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_get_405_with_Allow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/infobutton?" + Code("E87.6", Icd10));
        using var response = await app.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", response.Header("Allow"));
    }

    [Fact]
    public async Task HEAD_answers_like_GET()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/infobutton?" + Code("E87.6", Icd10));
        using var response = await app.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/hypokalemia", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_POST_that_is_not_a_form_too_large_or_with_too_many_values_is_a_problem_not_a_5xx()
    {
        using var json = await app.Client.PostAsync("/infobutton", new StringContent("{\"mainSearchCriteria.v.c\":\"E87.6\"}", Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", json.Header("Cache-Control"));

        var huge = Code("E87.6", Icd10) + "&mainSearchCriteria.v.dn=" + new string('x', 20_000);
        using var tooLarge = await Send("POST", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);

        using var many = await Send("POST", string.Join('&', Enumerable.Range(0, 300).Select(i => $"x{i}=1")));
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Equal("application/problem+json", many.Content.Headers.ContentType?.MediaType);

        using var noBody = await app.Client.PostAsync("/infobutton", null, Cancel);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, noBody.StatusCode);
    }

    static bool Xml(string text)
    {
        try { XDocument.Parse(text); return true; }
        catch (System.Xml.XmlException) { return false; }
    }

    public static TheoryData<string, string> HostileValues()
    {
        var data = new TheoryData<string, string>();
        string[] payloads = [.. BadInputCorpus.ScriptPayloads, "E87.6\u0001\u0002", "\u0000", "E87.6\uFFFE", new string('9', 5000), "%ED%A0%80", "' OR '1'='1", "&amp;", "]]>"];
        var index = 0;
        foreach (var payload in payloads)
        {
            index++;
            foreach (var name in new[] { "mainSearchCriteria.v.c", "mainSearchCriteria.v.cs", "mainSearchCriteria.v.dn", "informationRecipient.languageCode.c", "informationRecipient", "age.v.v" })
                data.Add($"{index}: {name}", Q((name, payload), ("mainSearchCriteria.v.c1", "R25.2"), ("mainSearchCriteria.v.cs1", Icd10)));
            data.Add($"{index}: name", Q((payload, "1"), ("mainSearchCriteria.v.c", "E87.6")));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Hostile_values_get_a_clear_answer_in_every_form_never_a_5xx_and_never_markup(string name, string query)
    {
        Assert.NotEmpty(name);
        foreach (var type in new[] { "", "text/xml", "application/json" })
            foreach (var method in new[] { "GET", "POST" })
            {
                using var response = await Send(method, type.Length == 0 ? query : $"{query}&knowledgeResponseType={Uri.EscapeDataString(type)}");
                var text = await response.Content.ReadAsStringAsync(Cancel);
                Assert.True((int)response.StatusCode < 500, $"{method} {type}: {(int)response.StatusCode}");
                Assert.Equal("no-store", response.Header("Cache-Control"));
                switch (type)
                {
                    case "text/xml": Assert.True(Xml(text), $"{method} {type}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}"); break; // well-formed: everything echoed is escaped or dropped
                    case "application/json": JsonDocument.Parse(text).Dispose(); break;
                    default:
                        if (response.StatusCode == HttpStatusCode.SeeOther)
                            Assert.Equal("/treatment", response.Headers.Location?.OriginalString);
                        else
                        {
                            foreach (var payload in BadInputCorpus.ScriptPayloads) Assert.DoesNotContain(payload, text);
                            BadInputTests.AssertNoInjectedMarkup(new HtmlParser().ParseDocument(text));
                        }
                        break;
                }
            }
    }
}
