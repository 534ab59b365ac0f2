using CrampInfo.Web.Api;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Hosting;
using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.Site;
using Serilog;

Logging.StartBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });

    // Services
    builder.AddCrampInfoLogging();
    builder.Services.AddCrampInfoData();
    builder.Services.AddCrampInfoSite();
    builder.Services.AddCrampInfoCalculator();
    builder.Services.AddCrampInfoApi();
    builder.Services.AddCrampInfoCompression();
    builder.Services.AddCrampInfoPageCache();

    var app = builder.Build();

    // Database: migrate and load the shipped data before the first request.
    app.Services.GetRequiredService<DatabaseSetup>().Run();

    // Request pipeline and endpoints
    app.UseCrampInfoCompression();
    app.UseCrampInfoStaticFiles();
    app.UseCrampInfoRequestLogging();
    app.UseCrampInfoErrorPages();
    app.UseRouting();
    app.UseCors();
    app.UseCrampInfoPageCache();
    app.MapCrampInfoHealth();
    app.MapCrampInfoApi();
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
