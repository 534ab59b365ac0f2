using System.Text.Json;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Pages.Calculator;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Events;

namespace CrampInfo.Tests.Hardening;

/// <summary>The friendly 404, and in Production a friendly error page with an id the log also holds, never a stack trace.</summary>
public sealed class ErrorPageTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Failure = "simulated failure 5f3c: validator exploded";

    /// <summary>A validator that fails the way a bug would: it throws.</summary>
    sealed class ThrowingValidator : AbstractValidator<CalculatorInput>
    {
        public override ValidationResult Validate(ValidationContext<CalculatorInput> context) =>
            throw new InvalidOperationException(Failure);
    }

    static CrampInfoFactory Failing() => new CrampInfoFactory().WithServices(services =>
    {
        services.RemoveAll<IValidator<CalculatorInput>>();
        services.AddSingleton<IValidator<CalculatorInput>, ThrowingValidator>();
    });

    [Fact]
    public async Task An_unhandled_error_shows_a_friendly_page_with_an_error_id_that_the_log_holds_and_no_stack_trace()
    {
        using var factory = Failing();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/calculator?items=09040:5:1", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Something went wrong on our side", page.QuerySelector("h1")?.TextContent.Trim());
        var errorId = page.QuerySelector("code.error-id")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(errorId));
        foreach (var leak in new[] { Failure, "InvalidOperationException", "ThrowingValidator", "   at ", "Stack", ".cs:line" })
            Assert.DoesNotContain(leak, html);

        var logged = Assert.Single(factory.Logs.Events, e => e.Level == LogEventLevel.Error && e.Properties.ContainsKey("ErrorId"));
        Assert.Equal($"\"{errorId}\"", logged.Properties["ErrorId"].ToString());
        Assert.Equal(Failure, logged.Exception?.Message);
        // The log line has no query string either.
        Assert.DoesNotContain("09040", factory.Logs.Render(logged));
    }

    [Fact]
    public async Task An_unhandled_error_in_the_API_is_problem_details_with_the_error_id()
    {
        using var factory = Failing();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/intake?items=09040:5:1", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var errorId = problem.RootElement.GetProperty("errorId").GetString();
        Assert.DoesNotContain(Failure, body);
        Assert.DoesNotContain("   at ", body);
        Assert.Contains(factory.Logs.Events, e => e.Level == LogEventLevel.Error && e.Properties.TryGetValue("ErrorId", out var id) && id.ToString() == $"\"{errorId}\"");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404_page_or_problem_details_under_api()
    {
        using var factory = new CrampInfoFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/no-such-page", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("We cannot find that page", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/'], a[href='/']"));
        Assert.NotNull(page.QuerySelector("a[href='/calculator']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));

        using var api = await client.GetAsync("/api/no-such-thing", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
