using Serilog;

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
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

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
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
}
