namespace CrampInfo.Tests.Hardening;

/// <summary>What a malformed request must get.</summary>
public enum Expect
{
    /// <summary>The calculator page: 200 with an error summary. The API: 400 problem details with an <c>errors</c> object.</summary>
    Message,
    /// <summary>Harmless after all (ignored, or valid as the interface defines it): 200, and no error summary on the calculator.</summary>
    Valid,
    /// <summary>404: the friendly page, or problem details under /api.</summary>
    NotFound,
    /// <summary>414: the site's friendly page / problem details, or Kestrel's own bare answer past its request-line cap.</summary>
    TooLong,
    /// <summary>400 from the server itself: the request cannot even be parsed (raw control bytes, a bad Host).</summary>
    Unparseable,
    /// <summary>The no-JavaScript form: 303 to the canonical link, which then answers with a message.</summary>
    RedirectToMessage,
    /// <summary>An article page or /for-clinics: the page itself (200), whatever else the query string holds.</summary>
    ContentPage,
}

/// <summary>One malformed request. <paramref name="Target"/> is written to the wire as is (Latin-1: a char is a byte).</summary>
public sealed record BadInput(string Name, string Target, Expect Expect, string? Payload = null, params (string Name, string Value)[] Headers)
{
    public override string ToString() => Name;
}

/// <summary>
/// The bad-input corpus, generated: each kind of bad value is tried in each place it can go, on the calculator
/// page and the API alike (they read the same query string), plus the food search, the food-by-number
/// endpoint, the article pages, the form's own fields, paths and raw bytes.
/// </summary>
public static class BadInputCorpus
{
    public const string Calculator = "/calculator";
    public const string Intake = "/api/intake";

    /// <summary>The article pages and /for-clinics, which ignore query strings (see <see cref="Expect.ContentPage"/>).</summary>
    public static readonly string[] ContentPages =
        ["/", "/muscle-function", "/hypokalemia", "/treatment", "/food-sources", "/references", "/about", "/for-clinics"];

    /// <summary>Markup and script that must never come back as markup.</summary>
    public static readonly string[] ScriptPayloads =
    [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "'><img src=x onerror=alert(1)>",
        "</title><script>alert(document.domain)</script>",
        "javascript:alert(1)//<b>x</b>",
    ];

    /// <summary>SQL, and FTS5 query syntax (the food search runs an FTS5 MATCH), that must stay plain text.</summary>
    public static readonly string[] SqlPayloads =
    [
        "' OR '1'='1",
        "banana'; DROP TABLE foods;--",
        "\" OR 1=1 --",
        "09040' UNION SELECT sql FROM sqlite_master--",
        "banana OR *",
        "NEAR(banana",
        "\"",
        "*",
        "-banana",
        "banana AND",
        "^banana",
        "description:banana",
        "{description potassium}:banana",
        "banana\" AND \"x",
    ];

    /// <summary>Numbers the interface does not accept anywhere it takes one (age, strengths, limits, quantities).</summary>
    static readonly (string Name, string Value)[] BadNumbers =
    [
        ("negative", "-1"),
        ("negative decimal", "-0.5"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1e309", "1e309"),
        ("1e-309", "1e-309"),
        ("huge", "99999999999999999999999"),
        ("tiny", "0.00000000000000000001"),
        ("comma as decimal mark", "1,5"),
        ("two decimal points", "1.2.3"),
        ("hexadecimal", "0x1F"),
        ("full-width digits", "１２"),
        ("a word", "twelve"),
        ("with a unit", "5 mg"),
        ("plus sign", "+5"),
        ("null byte", "5\0"),
    ];

    public static IReadOnlyList<BadInput> All { get; } = Build();

    public static BadInput Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Percent-encodes a value as a browser would (UTF-8), so the server decodes it back to the value.</summary>
    public static string Enc(string value) => Uri.EscapeDataString(value);

    static List<BadInput> Build()
    {
        var cases = new List<BadInput>();
        void Add(string name, string target, Expect expect, string? payload = null, params (string, string)[] headers) =>
            cases.Add(new BadInput(name, target, expect, payload, headers));

        // The same query string on the page and the API.
        void Both(string what, string query, Expect expect, string? payload = null)
        {
            Add($"calculator: {what}", $"{Calculator}?{query}", expect, payload);
            Add($"api/intake: {what}", $"{Intake}?{query}", expect, payload);
        }

        foreach (var (name, value) in BadNumbers)
        {
            Both($"age {name}", $"age={Enc(value)}", Expect.Message);
            Both($"supplement-mg {name}", $"supplement-mg={Enc(value)}", Expect.Message);
            Both($"limit-mg {name}", $"limit-mg={Enc(value)}", Expect.Message);
            Both($"limit-meq {name}", $"limit-meq={Enc(value)}", Expect.Message);
            Both($"supplement-kcl-mg {name}", $"supplement-kcl-mg={Enc(value)}", Expect.Message);
            Both($"item quantity {name}", $"items=09040:5:{Enc(value)}", Expect.Message);
        }

        // Zero: valid where the interface allows it, a message elsewhere.
        Both("age zero (a newborn: valid)", "age=0", Expect.Valid);
        Both("supplement-count zero (valid)", "supplement-count=0", Expect.Valid);
        Both("supplement-mg zero", "supplement-mg=0", Expect.Message);
        Both("supplement-meq zero", "supplement-meq=0", Expect.Message);
        Both("limit-mg zero", "limit-mg=0", Expect.Message);
        Both("item quantity zero", "items=09040:5:0", Expect.Message);
        Both("item grams zero", "items=09040:g:0", Expect.Message);

        // Just outside the ranges.
        Both("age 121", "age=121", Expect.Message);
        Both("supplement-count 21", "supplement-count=21", Expect.Message);
        Both("supplement-count 1.5", "supplement-count=1.5", Expect.Message);
        Both("supplement-mg 2001", "supplement-mg=2001", Expect.Message);
        Both("supplement-meq 50.1", "supplement-meq=50.1", Expect.Message);
        Both("limit-mg 499", "limit-mg=499", Expect.Message);
        Both("limit-mg 10001", "limit-mg=10001", Expect.Message);
        Both("item quantity 100.5", "items=09040:5:100.5", Expect.Message);
        Both("item grams 5001", "items=09040:g:5001", Expect.Message);
        Both("item over 5,000 g (43 medium bananas)", "items=09040:5:43", Expect.Message);

        // The shape of items.
        Both("unknown food", "items=99999:1:1", Expect.Message);
        Both("food number of 4 digits", "items=0904:5:1", Expect.Message);
        Both("food number of 6 digits", "items=090400:5:1", Expect.Message);
        Both("food number in letters", "items=abcde:5:1", Expect.Message);
        Both("unknown portion", "items=09040:999:1", Expect.Message);
        Both("portion as a word", "items=09040:cup:1", Expect.Message);
        Both("negative portion", "items=09040:-1:1", Expect.Message);
        Both("empty portion", "items=09040::1", Expect.Message);
        Both("missing quantity", "items=09040:5:", Expect.Message);
        Both("two parts", "items=09040:5", Expect.Message);
        Both("food number alone", "items=09040", Expect.Message);
        Both("four parts", "items=09040:5:1:1", Expect.Message);
        Both("only colons", "items=:::", Expect.Message);
        Both("only commas (no items: valid)", "items=,,,,,", Expect.Valid);
        Both("only spaces (no items: valid)", "items=%20%20%20", Expect.Valid);
        Both("31 items", "items=" + string.Join(",", Enumerable.Repeat("09040:5:1", 31)), Expect.Message);
        Both("40 items as repeated parameters", string.Join("&", Enumerable.Repeat("items=09040:5:1", 40)), Expect.Message);
        Both("3 repeated items parameters (valid)", "items=09040:5:1&items=11674:3:1&items=09298:4:1", Expect.Valid);
        Both("1,000 items", "items=" + string.Join(",", Enumerable.Repeat("09040:5:1", 1000)), Expect.Message);
        Both("1,000 repeated items parameters", string.Join("&", Enumerable.Repeat("items=09040:5:1", 1000)), Expect.Message);
        Both("10,000 items (past the query cap)", "items=" + string.Join(",", Enumerable.Repeat("09040:5:1", 10_000)), Expect.TooLong);
        Both("item in half-width katakana", $"items={Enc("ﾊﾞﾅﾅ:5:1")}", Expect.Message);
        Both("item with a percent-encoded comma inside the number", "items=09040:5:1%2C5", Expect.Message);

        // Other fields.
        Both("sex other", "sex=other", Expect.Message);
        Both("stage unknown", "stage=maybe", Expect.Message);
        Both("pregnant male", "age=30&sex=male&stage=pregnant", Expect.Message);
        Both("breastfeeding at 60", "age=60&sex=female&stage=lactating", Expect.Message);
        Both("pregnant without an age", "sex=female&stage=pregnant", Expect.Message);
        Both("supplement in mg and mEq", "supplement-mg=99&supplement-meq=2", Expect.Message);

        // Repeated parameters (only items may repeat).
        Both("age repeated", "age=30&age=40", Expect.Message);
        Both("sex repeated", "sex=female&sex=male", Expect.Message);
        Both("limit-mg repeated", "limit-mg=1000&limit-mg=2000", Expect.Message);
        Both("supplement-mg repeated", "supplement-mg=99&supplement-mg=99", Expect.Message);

        // Script where each parameter is shown back.
        for (var i = 0; i < ScriptPayloads.Length; i++)
        {
            var p = ScriptPayloads[i];
            Both($"script {i + 1} in age", $"age={Enc(p)}", Expect.Message, p);
            Both($"script {i + 1} in sex", $"sex={Enc(p)}", Expect.Message, p);
            Both($"script {i + 1} in stage", $"stage={Enc(p)}", Expect.Message, p);
            Both($"script {i + 1} as an item", $"items={Enc(p)}", Expect.Message, p);
            Both($"script {i + 1} as an item's quantity", $"items=09040:5:{Enc(p)}", Expect.Message, p);
            Both($"script {i + 1} in an unknown parameter (ignored)", $"utm_source={Enc(p)}", Expect.Valid, p);
            Add($"calculator: script {i + 1} in the food search", $"{Calculator}?q={Enc(p)}", Expect.Valid, p);
            Add($"api/foods: script {i + 1} as the search", $"/api/foods?q={Enc(p)}", Expect.Valid, p);
            Add($"api/foods/{{ndb}}: script {i + 1} as the food number", $"/api/foods/{Enc(p)}", Expect.NotFound, p);
        }

        // SQL and FTS5 syntax in the search and in food numbers.
        for (var i = 0; i < SqlPayloads.Length; i++)
        {
            var p = SqlPayloads[i];
            Add($"api/foods: SQL/FTS {i + 1} as the search", $"/api/foods?q={Enc(p)}", Expect.Valid, p);
            Add($"calculator: SQL/FTS {i + 1} in the food search", $"{Calculator}?q={Enc(p)}", Expect.Valid, p);
        }
        Both("SQL in an item's food number", $"items={Enc("09040' OR '1'='1:5:1")}", Expect.Message);
        Both("SQL as a whole item", $"items={Enc("1;DROP TABLE foods")}", Expect.Message);
        Add("api/foods/{ndb}: SQL", $"/api/foods/{Enc("09040' OR '1'='1")}", Expect.NotFound);
        Add("api/foods/{ndb}: SQL comment", $"/api/foods/{Enc("09040--")}", Expect.NotFound);

        // The food search API's own limit.
        foreach (var (name, value) in BadNumbers.Concat([("zero", "0"), ("51", "51"), ("empty", "")]))
            Add($"api/foods: limit {name}", $"/api/foods?q=banana&limit={Enc(value)}", Expect.Message);
        Add("api/foods: a 3,000-character search", $"/api/foods?q={new string('a', 3000)}", Expect.Valid);
        Add("api/foods: search repeated", "/api/foods?q=banana&q=plum", Expect.Valid);
        Add("api/foods/{ndb}: 4 digits", "/api/foods/0904", Expect.NotFound);
        Add("api/foods/{ndb}: unknown", "/api/foods/99999", Expect.NotFound);
        Add("api/foods/{ndb}: 2,000 digits", $"/api/foods/{new string('9', 2000)}", Expect.NotFound);
        Add("api: unknown endpoint", "/api/nothing-here", Expect.NotFound);
        Add("api: path below intake", "/api/intake/extra", Expect.NotFound);
        Add("api/reference-intakes: script in an ignored parameter", $"/api/reference-intakes?x={Enc(ScriptPayloads[0])}", Expect.Valid, ScriptPayloads[0]);

        // Overlong query strings: past the site's cap (friendly 414), and past Kestrel's request-line cap (bare 414).
        foreach (var path in new[] { Calculator, Intake, "/api/foods", "/nothing-here" }.Concat(ContentPages))
        {
            Add($"{path}: 20 KB query string", $"{path}?x={new string('a', 20 * 1024)}", Expect.TooLong);
            Add($"{path}: 100 KB query string", $"{path}?x={new string('a', 100 * 1024)}", Expect.TooLong);
        }

        // Broken percent-encoding and invalid UTF-8 (percent-encoded, and as raw bytes on the wire).
        Both("lone percent sign", "age=%", Expect.Message);
        Both("percent with non-hex digits", "age=%G1", Expect.Message);
        Both("truncated percent escape", "age=3%4", Expect.Message);
        Both("truncated UTF-8 sequence", "age=%E0%A4%A", Expect.Message);
        Both("invalid UTF-8 bytes FF FE", "age=%FF%FE", Expect.Message);
        Both("overlong UTF-8 slash", "items=09040%C0%AF5%3A1", Expect.Message);
        Both("UTF-16 surrogate in UTF-8", "sex=%ED%A0%80", Expect.Message);
        Both("double-encoded script", $"age={Enc(Enc("<script>alert(1)</script>"))}", Expect.Message, "<script>alert(1)</script>");
        Add("calculator: invalid UTF-8 in the food search", $"{Calculator}?q=%C3%28banana", Expect.Valid);
        Add("api/foods: invalid UTF-8 as the search", "/api/foods?q=%FF%FEbanana", Expect.Valid);
        // Kestrel itself refuses bytes above 0x7F in the request line (400), before the app sees them.
        Both("raw invalid UTF-8 bytes in the query", "age=\u00FF\u00FE", Expect.Unparseable);
        Both("raw truncated UTF-8 in the query", "sex=\u00C3", Expect.Unparseable);
        Both("raw valid UTF-8 in the query", "q=\u00C3\u00A9", Expect.Unparseable);
        Add("raw invalid UTF-8 bytes in the path", "/calculator\u00FF\u00FE", Expect.Unparseable);
        Add("broken percent-encoding in the path", "/calculator%", Expect.NotFound);
        Add("percent-encoded invalid UTF-8 in the path", "/calculator%FF%FE", Expect.NotFound);

        // Null bytes.
        Both("percent-encoded null byte as the age", "age=%00", Expect.Message);
        Both("null byte inside an item", "items=09040:5:1%00", Expect.Message);
        Add("calculator: null byte in the food search", $"{Calculator}?q=banana%00", Expect.Valid);
        Add("api/foods: null byte in the search", "/api/foods?q=banana%00", Expect.Valid);
        Add("api/foods/{ndb}: null byte", "/api/foods/09040%00", Expect.Unparseable);
        Add("null byte in the path", "/calculator%00", Expect.Unparseable);
        Add("raw null byte in the query", "/calculator?age=\0", Expect.Unparseable);
        Add("raw control character in the query (read as text: not a number)", "/calculator?age=\u0001", Expect.Message);

        // Path traversal and files that must never be served.
        foreach (var path in new[]
                 {
                     "/../../etc/passwd", "/css/../../appsettings.json", "/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fappsettings.json",
                     "/css/%2e%2e%2f%2e%2e%2fappsettings.json", "/..%5c..%5cappsettings.json", "/api/foods/..%2f..%2fappsettings.json",
                     "/appsettings.json", "/CrampInfo.Web.dll", "/data/crampinfo.db", "/.git/config", "/wwwroot/css/site.css",
                     "/Pages/Calculator/Index.cshtml", "/calculator/..;/appsettings.json", "/css/site.css%00.png", "/error/500",
                     "/error", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                 })
            Add($"traversal: {path}", path, path.Contains("%00") ? Expect.Unparseable : Expect.NotFound);

        // The no-JavaScript form's own fields, with bad values: a 303 to the canonical link, whose page has the message.
        Add("form: script as a typed food", $"{Calculator}?form=calculator&food={Enc(ScriptPayloads[1])}&portion=&qty=", Expect.RedirectToMessage, ScriptPayloads[1]);
        // A number the form cannot read for sure is refused on the spot (200, with a message), never guessed.
        Add("form: NaN as a quantity", $"{Calculator}?form=calculator&food=09040&portion=5&qty=NaN", Expect.Message);
        Add("form: script as the supplement strength", $"{Calculator}?form=calculator&supplement-strength={Enc(ScriptPayloads[0])}&supplement-unit=mg", Expect.Message, ScriptPayloads[0]);
        Add("form: comma as a decimal mark in the age", $"{Calculator}?form=calculator&age=4{Enc(",")}5", Expect.Message);
        Add("form: comma as a decimal mark in the limit", $"{Calculator}?form=calculator&limit=1{Enc(",")}5", Expect.Message);
        Add("form: a point before three digits in the limit", $"{Calculator}?form=calculator&limit=2.000", Expect.Message);
        Add("form: script as the limit", $"{Calculator}?form=calculator&limit={Enc(ScriptPayloads[1])}", Expect.Message, ScriptPayloads[1]);
        Add("form: add a food that does not exist", $"{Calculator}?form=calculator&add=99999:1", Expect.RedirectToMessage);
        Add("form: CRLF in a field (header injection)", $"{Calculator}?form=calculator&age=1%0D%0ASet-Cookie:%20x=1", Expect.Message);
        Add("form: CRLF in a food row (header injection)", $"{Calculator}?form=calculator&food=1%0D%0ASet-Cookie:%20x=1&portion=&qty=", Expect.RedirectToMessage);

        // The article pages and /for-clinics read no query string: whatever comes is ignored.
        foreach (var page in ContentPages)
        {
            Add($"{page}: script in a parameter", $"{page}?q={Enc(ScriptPayloads[0])}", Expect.ContentPage, ScriptPayloads[0]);
            Add($"{page}: calculator parameters with bad values", $"{page}?age=NaN&items={Enc(ScriptPayloads[1])}&limit-mg=1e309", Expect.ContentPage, ScriptPayloads[1]);
            Add($"{page}: SQL in a parameter", $"{page}?id={Enc(SqlPayloads[0])}", Expect.ContentPage);
            Add($"{page}: broken percent-encoding", $"{page}?x=%E0%A4%A&y=%", Expect.ContentPage);
        }
        // /infobutton: nothing in the request is echoed as markup, whatever form the answer takes. Codes that
        // match nothing get the topics page (a person) or a feed without entries (text/xml, application/json).
        const string Infobutton = "/infobutton";
        const string Icd10 = "mainSearchCriteria.v.cs=2.16.840.1.113883.6.90";
        Add("infobutton: script in the display name", $"{Infobutton}?mainSearchCriteria.v.c=Z99&mainSearchCriteria.v.dn={Enc(ScriptPayloads[1])}&{Icd10}", Expect.ContentPage, ScriptPayloads[1]);
        Add("infobutton: script as the code", $"{Infobutton}?mainSearchCriteria.v.c={Enc(ScriptPayloads[0])}&{Icd10}", Expect.ContentPage, ScriptPayloads[0]);
        Add("infobutton: invalid UTF-8 in the code", $"{Infobutton}?mainSearchCriteria.v.c=%FF%FE&{Icd10}", Expect.ContentPage);
        Add("infobutton: UTF-16 surrogate in the code system", $"{Infobutton}?mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs=%ED%A0%80", Expect.ContentPage);
        Add("infobutton: null byte before the code", $"{Infobutton}?mainSearchCriteria.v.c=%00E87.6&{Icd10}", Expect.ContentPage);
        Add("infobutton: broken percent-encoding", $"{Infobutton}?mainSearchCriteria.v.c=%E0%A4%A&mainSearchCriteria.v.cs=%", Expect.ContentPage);
        Add("infobutton: SQL as the code", $"{Infobutton}?mainSearchCriteria.v.c={Enc(SqlPayloads[1])}&{Icd10}", Expect.ContentPage);
        Add("infobutton feed: script in the display name", $"{Infobutton}?mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.dn={Enc(ScriptPayloads[3])}&{Icd10}&knowledgeResponseType=text/xml", Expect.Valid, ScriptPayloads[3]);
        Add("infobutton feed: control characters and a null byte in the code", $"{Infobutton}?mainSearchCriteria.v.c=%01%02%00&{Icd10}&knowledgeResponseType=text/xml", Expect.Valid);
        Add("infobutton feed: UTF-16 surrogate in the display name", $"{Infobutton}?mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.dn=%ED%A0%80&{Icd10}&knowledgeResponseType=text/xml", Expect.Valid);
        Add("infobutton json: script and invalid UTF-8", $"{Infobutton}?mainSearchCriteria.v.c=%FF{Enc(ScriptPayloads[0])}&{Icd10}&knowledgeResponseType=application/json", Expect.Valid);
        Add("infobutton: 20 KB query string", $"{Infobutton}?mainSearchCriteria.v.dn={new string('a', 20 * 1024)}", Expect.TooLong);
        Add("infobutton: raw invalid UTF-8 bytes in the query", $"{Infobutton}?mainSearchCriteria.v.c=\u00FF\u00FE", Expect.Unparseable);

        Add("unknown page: script in the path", $"/{Enc(ScriptPayloads[0])}", Expect.NotFound, ScriptPayloads[0]);
        Add("unknown page: script in the query", $"/nothing-here?x={Enc(ScriptPayloads[2])}", Expect.NotFound, ScriptPayloads[2]);

        // Hostile headers. The calculator prints its own link with the Host it was asked for.
        Add("calculator: script in the Host header", $"{Calculator}?items=09040:5:1", Expect.Unparseable, null, ("Host", "<script>alert(1)</script>"));
        Add("calculator: quote in the Host header", $"{Calculator}?items=09040:5:1", Expect.Unparseable, null, ("Host", "a\"onmouseover=\"alert(1)"));
        Add("calculator: script in X-Forwarded-Host (ignored)", $"{Calculator}?items=09040:5:1", Expect.Valid, ScriptPayloads[0], ("X-Forwarded-Host", ScriptPayloads[0]));

        var duplicate = cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two corpus cases are named \"{duplicate.Key}\".");
        return cases;
    }

    /// <summary>The corpus as test data: one row per case, shown by its name.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Name);
        return data;
    }
}
