using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Data;

public static class DataServices
{
    public static IServiceCollection AddCrampInfoData(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseLocation>();
        services.AddSingleton<DataLoader>();
        services.AddSingleton<DatabaseSetup>();
        services.AddSingleton<ReferenceData>();
        // The food table and its search index are read once, after the database is set up (Program.cs), and kept.
        services.AddSingleton(sp =>
        {
            using var scope = sp.CreateScope();
            return FoodTable.Load(scope.ServiceProvider.GetRequiredService<CrampInfoDb>());
        });
        services.AddSingleton<Search.FoodSearch>();
        // Read lazily, so a test's configuration (a temp database) wins over appsettings.json. Pooled: the
        // context is only read from, and a fresh one per request was a measurable share of a calculator request.
        services.AddDbContextPool<CrampInfoDb>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<DatabaseLocation>().ReadOnlyConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }
}
