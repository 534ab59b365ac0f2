using CrampInfo.Web.Branding;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Net;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Site;
using Microsoft.Extensions.Configuration;

namespace CrampInfo.Tests.Clinics;

/// <summary>A mistyped setting is left out with a warning in the log: pages still answer, nothing half-applied.</summary>
public sealed class InvalidSettingsTests : IAsyncLifetime
{
    readonly AppFixture app = new(new());
    CrampInfoFactory factory => app.Factory;
    HttpClient client => app.Client;

    public ValueTask InitializeAsync()
    {
        factory
            .With("Clinic:Name", "Riverside Family Clinic")
            .With("Clinic:Url", "javascript:alert(1)")
            .With("Clinic:Phone", "call us")
            .With("Clinic:LogoPath", Path.Combine(factory.Folder, "missing-logo.png"))
            .With("Clinic:AccentColor", "red; } body { display: none")
            .With("Embedding:AllowedOrigins:0", "https://ok.example")
            .With("Embedding:AllowedOrigins:1", "https://*.example.org")
            .With("Embedding:AllowedOrigins:2", "https://evil.example/path; script-src *")
            .With("Content:LastReviewed", "25/11/2026")
            .With("FeaturedFoods:0:Ndb", "banana")
            .With("FeaturedFoods:0:Seq", "1");
        return app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Pages_answer_200_with_only_the_valid_settings_applied()
    {
        var (response, page) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var providedBy = page.QuerySelector(".provided-by")!;
        Assert.StartsWith("Provided by Riverside Family Clinic", providedBy.Text());
        Assert.Empty(providedBy.QuerySelectorAll("a")); // no link to a javascript: URL, and "call us" cannot be dialled
        Assert.Contains("call us", providedBy.Text());
        Assert.Empty(providedBy.QuerySelectorAll("img"));
        Assert.DoesNotContain(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith(ClinicBranding.StylesheetPath));
        Assert.Equal(ContentOptions.DefaultLastReviewed.ToString("yyyy-MM-dd"), page.QuerySelector("footer time")!.GetAttribute("datetime"));
        Assert.EndsWith("frame-ancestors 'self' https://ok.example", response.Header("Content-Security-Policy"));
    }

    [Fact]
    public async Task Each_invalid_setting_is_named_in_a_warning()
    {
        await client.GetAsync("/", TestContext.Current.CancellationToken);
        var warnings = factory.Logs.Events.Where(e => e.Level == Serilog.Events.LogEventLevel.Warning).Select(e => e.RenderMessage()).ToList();

        Assert.Contains(warnings, w => w.StartsWith("Ignoring Clinic:Url"));
        Assert.Contains(warnings, w => w.StartsWith("Ignoring Clinic:AccentColor"));
        Assert.Contains(warnings, w => w.StartsWith("Ignoring Clinic:LogoPath"));
        Assert.Contains(warnings, w => w.StartsWith("Ignoring Content:LastReviewed"));
        Assert.Contains(warnings, w => w.StartsWith("Ignoring an entry of FeaturedFoods"));
        Assert.Equal(2, warnings.Count(w => w.StartsWith("Ignoring an entry of Embedding:AllowedOrigins")));
    }

    [Fact]
    public async Task Without_an_accent_colour_the_stylesheet_path_is_not_found()
    {
        var response = await client.GetAsync(ClinicBranding.StylesheetPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        response = await client.GetAsync(ClinicBranding.LogoPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void An_invalid_featured_foods_list_falls_back_to_the_article_foods()
    {
        var settings = factory.Services.GetRequiredService<IOptions<FeaturedFoodsOptions>>().Value;
        Assert.Equal(["09040:5", "11674:3", "09279:2", "09298:4", "09291:2"], settings.FoodsOrDefault.Select(f => $"{f.Ndb}:{f.Seq}"));
    }
}

/// <summary>Settings bound and checked as the app binds them, straight from configuration, for the cases a running app does not need.</summary>
public sealed class SettingsTests
{
    static T Read<T>(params (string Key, string Value)[] values) where T : class =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build())
            .AddCrampInfoSettings()
            .BuildServiceProvider()
            .GetRequiredService<IOptions<T>>().Value;

    [Fact]
    public void A_featured_foods_setting_replaces_the_whole_list()
    {
        var settings = Read<FeaturedFoodsOptions>(("FeaturedFoods:0:Ndb", "11090"), ("FeaturedFoods:0:Seq", "1"), ("FeaturedFoods:1:Ndb", "09037"), ("FeaturedFoods:1:Seq", "3"));
        Assert.Equal(["11090:1", "09037:3"], settings.FoodsOrDefault.Select(f => $"{f.Ndb}:{f.Seq}"));
    }

    [Theory]
    [InlineData("https://Clinic.Example:443/", "https://clinic.example")]
    [InlineData("http://clinic.example:8080", "http://clinic.example:8080")]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example")]
    public void Allowed_origins_are_written_as_CSP_origins(string configured, string expected) =>
        Assert.Equal([expected], Read<EmbeddingOptions>(("Embedding:AllowedOrigins:0", configured)).FrameAncestors);

    [Theory]
    [InlineData("ftp://clinic.example")]
    [InlineData("https://clinic.example/page")]
    [InlineData("https://clinic.example?x=1")]
    [InlineData("https://user@clinic.example")]
    [InlineData("clinic.example")]
    [InlineData("'unsafe-inline'")]
    public void Anything_but_a_bare_http_or_https_origin_is_ignored(string configured) =>
        Assert.Empty(Read<EmbeddingOptions>(("Embedding:AllowedOrigins:0", configured)).FrameAncestors);

    [Theory]
    [InlineData("#0B4F6C", "#0B4F6C")]
    [InlineData(" #abcdef ", "#abcdef")]
    [InlineData("#abc", null)]
    [InlineData("blue", null)]
    [InlineData("#12345g", null)]
    public void The_accent_colour_must_be_rrggbb(string configured, string? expected) =>
        Assert.Equal(expected, Read<ClinicOptions>(("Clinic:AccentColor", configured)).AccentColor);
}
