using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;

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
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

/// <summary>Healthy when the database answers and holds the shipped data's current version.</summary>
public sealed class DatabaseHealthCheck(DatabaseLocation location) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new SqliteConnection(location.ReadOnlyConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT version FROM data_version WHERE id = 1";
            var version = await command.ExecuteScalarAsync(cancellationToken) as string;
            return version == SeedData.Version
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not hold the current data.");
        }
        catch (SqliteException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}
