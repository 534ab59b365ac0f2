using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Validation;

/// <summary>
/// The clinic-facing pages, with every clinic setting in use (name, link, phone, logo, accent colour), pass the
/// Nu Html Checker with no errors: /for-clinics in each state (link builder with its QR code, infobutton
/// tester), the /infobutton topics page, and pages in the embedded layout.
/// </summary>
public sealed class ClinicHtmlValidityTests : IAsyncLifetime
{
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    readonly CrampInfoFactory factory = new();
    HttpClient client = null!;

    public static readonly IReadOnlyList<string> States =
    [
        "/for-clinics",
        "/for-clinics?age=45&sex=female&items=09040:5:2,11674:3:1&supplement-mg=99&supplement-count=1&limit-mg=3000",
        "/for-clinics?age=abc&age=2&sex=x&stage=pregnant&items=09040:99:1,1234&supplement-mg=0&supplement-meq=2&supplement-count=x&limit-mg=1",
        "/for-clinics?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M62.8319",
        "/for-clinics?mainSearchCriteria.v.cs=&mainSearchCriteria.v.c=%3Cb%3E",
        "/infobutton?mainSearchCriteria.v.c=Z99.89&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&age.v.v=45&age.v.u=a&patientPerson.administrativeGenderCode.c=F",
        "/?embed=1",
        "/treatment?embed=1",
        "/calculator?age=45&sex=female&items=09040:5:2&embed=1",
    ];

    public ValueTask InitializeAsync()
    {
        var logo = Path.Combine(factory.Folder, "logo.png");
        File.WriteAllBytes(logo, Png);
        factory.With("Clinic:Name", "Riverside Family Clinic")
            .With("Clinic:Url", "https://www.riverside.example/")
            .With("Clinic:Phone", "+1 555 010 0100")
            .With("Clinic:LogoPath", logo)
            .With("Clinic:AccentColor", "#ffcc00");
        client = factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Every_clinic_page_state_has_no_html_errors()
    {
        NuHtmlChecker.EnsureAvailable();
        var pages = new Dictionary<string, string>();
        foreach (var path in States)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
            pages[path] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
        var report = NuHtmlChecker.ErrorsIn(pages).Where(e => e.Value.Count > 0).SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")).ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }
}
