using CrampInfo.Web.Api;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Hosting;
using CrampInfo.Web.Infobutton;
using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.QrCodes;
using CrampInfo.Web.Security;
using CrampInfo.Web.Site;
using Serilog;

// The app's own switches (--prepare-database, --health-check); the rest go to the host.
var command = CommandLine.Parse(args);
if (command.HealthCheck) return await HealthProbe.RunAsync();

Logging.StartBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = ContentRoot.Choose(command.HostArgs) });

    // Services
    builder.AddCrampInfoLogging();
    builder.Services.AddCrampInfoData();
    builder.Services.AddCrampInfoSite();
    builder.Services.AddCrampInfoCalculator();
    builder.Services.AddCrampInfoApi();
    builder.Services.AddCrampInfoSecurity();
    builder.AddCrampInfoLimits();
    builder.Services.AddCrampInfoCompression();
    builder.Services.AddCrampInfoPageCache();

    var app = builder.Build();

    // Database: migrate and load the shipped data before the first request.
    app.Services.GetRequiredService<DatabaseSetup>().Run();
    if (command.PrepareDatabase) return 0; // the Dockerfile builds the database into the image this way
    // The calculator, search and the API read the food table and the intake table from memory: read them now, not
    // on the first request, so they answer alike whatever happens to the database file afterwards.
    app.Services.GetRequiredService<CrampInfo.Web.Search.FoodSearch>();
    await app.Services.GetRequiredService<ReferenceData>().AdequateIntakesAsync();

    // Request pipeline and endpoints
    app.UseCrampInfoSecurity();
    app.UseCrampInfoCompression();
    app.UseCrampInfoStaticFiles();
    app.UseCrampInfoRequestLogging();
    app.UseCrampInfoErrorPages();
    app.UseCrampInfoLimits();
    app.UseRouting();
    app.UseCors();
    app.UseCrampInfoPageCache();
    app.MapCrampInfoHealth();
    app.MapCrampInfoApi();
    app.MapCrampInfoInfobutton();
    app.MapCrampInfoQrCodes();
    app.MapCrampInfoClinicBranding();
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
