using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CrampInfo.Web.Hosting;

public static class Logging
{
    /// <summary>Console logging until the configuration is read, so a failed start is still reported.</summary>
    public static void StartBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console()
            .CreateBootstrapLogger();

    /// <summary>
    /// The full logger, from the "Serilog" section of appsettings.json, plus any sinks registered as services.
    /// The static logger stays the bootstrap one, so several hosts can run in one process (the tests do).
    /// </summary>
    public static void AddCrampInfoLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<WithoutRequestValues>()
                .Filter.ByExcluding(WithoutRequestValues.QuotesRawRequest),
            preserveStaticLogger: true);

    /// <summary>A request's log line: method, path, status and time; never the query string.</summary>
    public const string RequestLogTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>
    /// One line per request with method, path, status and time. Never the query string: calculator links
    /// carry what a visitor ate, a pregnancy or a clinician's limit.
    /// </summary>
    public static IApplicationBuilder UseCrampInfoRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The configured logger, not the static bootstrap one (which the app leaves in place, see above).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = RequestLogTemplate;
        });
}

/// <summary>
/// Keeps what a visitor or a records system sent out of the log at every level, whatever the configured levels:
/// a query string or form can hold a diagnosis, a lab value, an age, what someone ate. ASP.NET Core's own
/// diagnostics write the query string ("Request starting GET http://host/path?query", at Information in the
/// Microsoft.AspNetCore.Hosting category) and a value that failed to bind; these properties are blanked. Kestrel's
/// bad-request events (Debug) quote the raw request line or headers inside their exception, which cannot be
/// blanked, so they are left out.
/// </summary>
public sealed class WithoutRequestValues : ILogEventEnricher
{
    /// <summary>Properties that carry a request's values: the query string, and a value that failed to bind.</summary>
    static readonly string[] Blanked = ["QueryString", "SourceValue"];

    static readonly ScalarValue Omitted = new("");

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in Blanked)
            if (logEvent.Properties.ContainsKey(name))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, Omitted));
    }

    public static bool QuotesRawRequest(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var source)
        && source is ScalarValue { Value: string context }
        && context.StartsWith("Microsoft.AspNetCore.Server.Kestrel.BadRequests", StringComparison.Ordinal);
}
