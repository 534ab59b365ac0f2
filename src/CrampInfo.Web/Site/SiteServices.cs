using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Site;

public static class SiteServices
{
    public static IServiceCollection AddCrampInfoSite(this IServiceCollection services)
    {
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<ClinicBranding>();
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddCrampInfoNoDataProtectionKeys();
        return services;
    }

    /// <summary>
    /// Friendly pages for errors and for status codes such as 404; problem details for the API. The error
    /// page shows an error id that also appears in the log, and never a stack trace outside Development.
    /// </summary>
    public static WebApplication UseCrampInfoErrorPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) app.UseDeveloperExceptionPage();
        else app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    /// <summary>
    /// Files from the top-level wwwroot/. Pages link them with a content hash (asp-append-version), so a
    /// hashed link can be cached for a year; anything else is revalidated.
    /// </summary>
    public static WebApplication UseCrampInfoStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        return app;
    }

    /// <summary><c>/healthz</c>: 200 when the database is loaded and answers, 503 otherwise.</summary>
    public static WebApplication MapCrampInfoHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableHttpMetrics();
        return app;
    }
}
