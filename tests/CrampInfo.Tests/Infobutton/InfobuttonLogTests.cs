using System.Text;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Tests.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CrampInfo.Tests.Infobutton;

/// <summary>
/// With every log level at its most verbose (ASP.NET Core's own diagnostics too, which write full URLs), no
/// code, value or parameter of an infobutton request reaches the log: GET, POST, refused forms, and a request
/// that fails with an exception.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InfobuttonLogTests(AppFixture shared) : IAsyncLifetime
{
    // An app of its own for the log levels, on the shared app's database (already loaded, so it starts at once).
    readonly AppFixture app = new(new CrampInfoFactory(shared.Factory.DatabasePath)
        .With("Serilog:MinimumLevel:Default", "Verbose")
        .With("Serilog:MinimumLevel:Override:Microsoft", "Verbose")
        .With("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Verbose")
        .With("Serilog:MinimumLevel:Override:System", "Verbose")
        .WithServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FaultOnRequest()))));

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    const string Parameters =
        "mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=dn-marker-3391"
        + "&mainSearchCriteria.v.c1=R25.2&mainSearchCriteria.v.cs1=2.16.840.1.113883.6.90"
        + "&informationRecipient=PAT&informationRecipient.languageCode.c=es&age.v.v=47.25&age.v.u=a&patientPerson.administrativeGenderCode.c=F"
        + "&observation.c.c=2823-3&observation.c.cs=2.16.840.1.113883.6.1&observation.v.v=3.17&observation.v.u=mmol%2FL"
        + "&holder.assignedEntity.certificateText=holder-secret-8842";

    static readonly string[] Secrets =
    [
        "E87.6", "E876", "R25.2", "2823-3", "113883", "dn-marker-3391", "47.25", "3.17", "mmol", "holder-secret-8842",
        "mainSearchCriteria", "informationRecipient", "knowledgeResponseType", "observation", "age.v", "administrativeGenderCode",
        "09040", "female",
    ];

    [Fact]
    public async Task No_code_value_or_parameter_of_a_request_reaches_the_log_at_the_most_verbose_level()
    {
        var cancel = TestContext.Current.CancellationToken;
        var client = app.Client;
        async Task<HttpStatusCode> Post(string path, string body, string type = "application/x-www-form-urlencoded")
        {
            using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, type), cancel);
            return response.StatusCode;
        }
        async Task<HttpStatusCode> Get(string path)
        {
            using var response = await client.GetAsync(path, cancel);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.SeeOther, await Get($"/infobutton?{Parameters}"));
        Assert.Equal(HttpStatusCode.SeeOther, await Post("/infobutton", Parameters));
        Assert.Equal(HttpStatusCode.OK, await Get($"/infobutton?{Parameters}&knowledgeResponseType=text/xml"));
        Assert.Equal(HttpStatusCode.OK, await Post("/infobutton", $"{Parameters}&knowledgeResponseType=application/json"));
        Assert.Equal(HttpStatusCode.OK, await Get($"/infobutton?{Parameters.Replace("E87.6", "Z99.89").Replace("R25.2", "Z99.89")}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, await Post($"/infobutton?{Parameters}", Parameters, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await Post("/infobutton", Parameters + "&x=" + new string('x', 20_000)));
        Assert.Equal(HttpStatusCode.BadRequest, await Post("/infobutton", Parameters + string.Concat(Enumerable.Range(0, 300).Select(i => $"&x{i}=1"))));
        // A failure inside the page: the error is logged (with its id), the request's values are not.
        Assert.Equal(HttpStatusCode.InternalServerError, await Get($"/infobutton?fault=1&{Parameters}"));
        Assert.Equal(HttpStatusCode.InternalServerError, await Post("/infobutton?fault=1", Parameters));
        // The other pages that take these values: the tester, the QR download, a calculator result.
        Assert.Equal(HttpStatusCode.OK, await Get($"/for-clinics?{Parameters}"));
        Assert.Equal(HttpStatusCode.OK, await Get("/for-clinics/qr.svg?age=47.25&sex=female&items=09040:5:2"));
        Assert.Equal(HttpStatusCode.OK, await Get("/calculator?age=47.25&sex=female&items=09040:5:2"));

        var events = app.Factory.Logs.Events;
        // The levels took effect: ASP.NET Core's hosting diagnostics (which write the URL) and Razor Pages' own debug lines are there.
        Assert.Contains(events, e => e.Level == LogEventLevel.Information && Source(e) == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.MessageTemplate.Text.Contains("QueryString"));
        Assert.Contains(events, e => e.Level <= LogEventLevel.Debug && Source(e).StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
        Assert.Equal(2, events.Count(e => e.Level == LogEventLevel.Error && e.Properties.ContainsKey("ErrorId")));
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("HTTP ") && e.Properties["RequestPath"].ToString() == "\"/infobutton\"" && e.Properties["RequestMethod"].ToString() == "\"POST\"");

        var leaks = app.Factory.Logs.Lines.SelectMany(line => Secrets.Where(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{s}: {line}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(10)));
    }

    static string Source(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string text } ? text : "";
}
