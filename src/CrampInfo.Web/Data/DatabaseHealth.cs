using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrampInfo.Web.Data;

/// <summary><c>/healthz</c>, registered and mapped here: 200 when the database answers with the current data, 503 otherwise.</summary>
public static class DatabaseHealth
{
    public const string Path = "/healthz";

    public static IServiceCollection AddDatabaseHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointConventionBuilder MapDatabaseHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableHttpMetrics();
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
