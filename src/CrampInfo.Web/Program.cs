using CrampInfo.Web.Api;
using CrampInfo.Web.Branding;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Hosting;
using CrampInfo.Web.Infobutton;
using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.QrCodes;
using CrampInfo.Web.Search;
using CrampInfo.Web.Security;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;
using Serilog;

// The app's own switches (--prepare-database, --health-check); the rest go to the host.
var command = CommandLine.Parse(args);
if (command.HealthCheck) return await HealthProbe.RunAsync();

Logging.StartBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = ContentRoot.Choose(command.HostArgs) });

    // Services
    builder.AddCrampInfoLogging();                   // Serilog from appsettings.json; what a visitor sent never reaches the log
    builder.Services.AddCrampInfoSettings();         // the clinic's settings as options: a value that is not valid warns and is ignored
    builder.Services.AddCrampInfoData();             // SQLite, set up at start; the food table and search in memory
    builder.Services.AddDatabaseHealth();
    builder.Services.AddCrampInfoCalculator();
    builder.Services.AddCrampInfoApi();              // OpenAPI and the API's CORS policy
    builder.Services.AddRazorPages();
    builder.Services.AddProblemDetails();
    builder.Services.AddNoDataProtectionKeys();      // stateless: no cookies, so no keys written to disk
    builder.Services.AddSingleton<ClinicBranding>();
    builder.Services.AddApiRateLimit();
    builder.Services.AddCrampInfoCompression();
    builder.Services.AddCrampInfoPageCache();
    builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
    {
        kestrel.AddServerHeader = false; // say nothing about the server software
        kestrel.Limits.MaxRequestLineSize = QueryStringCap.MaxRequestLineBytes;
    });
    // Requests in flight get this long to finish on SIGTERM: inside Docker's 10 s grace before it kills.
    builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = Program.ShutdownTimeout);

    var app = builder.Build();

    // Database: migrate and load the shipped data before the first request.
    app.Services.GetRequiredService<DatabaseSetup>().Run();
    if (command.PrepareDatabase) return 0; // the Dockerfile builds the database into the image this way
    // The calculator, search and the API read the food table and the intake table from memory: read them now, not
    // on the first request, so they answer alike whatever happens to the database file afterwards.
    app.Services.GetRequiredService<FoodSearch>();
    await app.Services.GetRequiredService<ReferenceData>().AdequateIntakesAsync();
    InfobuttonCodes.CheckAtStart(app);

    // The request pipeline, in order.
    // 1. A trusted proxy's client address and scheme first: HSTS, the rate limit and absolute links depend on them.
    var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
    if (forwarded.IsEnabled) app.UseForwardedHeaders(forwarded.Options());
    // 2. Security headers on every answer, whatever gives it (a kept page, a file, an error, the API).
    app.UseMiddleware<SecurityHeaders>();
    // 3. The pages every visitor sees alike, from the cache, already compressed: they need nothing below.
    app.UseCachedPages();
    // 4. Everything else is compressed on the way out (a page the cache keeps is compressed once, in step 3).
    app.UseWhen(context => !CachedPages.IsCacheable(context.Request), other => other.UseResponseCompression());
    // 5. Static files, before the request log: fingerprinted files are not worth a log line each.
    app.UseStaticFiles(StaticFiles.Options);
    // 6. One log line per request, never its query string.
    app.UseCrampInfoRequestLogging();
    // 7. Errors and bare status codes: a friendly page, or problem details under /api. Inside the log, so its line
    //    shows the status the visitor got; before the limits, so a 405 or 414 gets the friendly page.
    if (app.Environment.IsDevelopment()) app.UseDeveloperExceptionPage();
    else app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    // 8. What the site accepts: its methods, a query string no longer than a calculator link needs, and a fair
    //    share of the API per client address (after step 1, which names the address).
    app.UseMiddleware<AllowedMethods>();
    app.UseMiddleware<QueryStringCap>();
    app.UseRateLimiter();
    // 9. Endpoints.
    app.UseRouting();
    app.UseCors();
    app.MapDatabaseHealth();
    app.MapCrampInfoApi();
    app.MapCalculatorLinkQrCode();
    app.MapClinicBranding();
    app.MapRazorPages();

    app.Run();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "CrampInfo could not start: {Reason}", e.Message);
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

public partial class Program
{
    /// <summary>How long requests in flight may take to finish after SIGTERM (Docker kills after 10 s).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(8);
}
