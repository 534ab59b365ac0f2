using System.Collections.Concurrent;
using CrampInfo.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;
using Serilog.Events;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a temp folder, in the Production environment unless told
/// otherwise, with the repository root as content root (its appsettings.json and wwwroot/ are the real ones).
/// The database is a copy of one built once per test run (<see cref="SeededDatabase"/>), so each app starts on a
/// current database; <c>freshDatabase</c> starts one on an empty folder, for tests of building the database.
/// </summary>
public class CrampInfoFactory : WebApplicationFactory<Program>
{
    readonly Dictionary<string, string?> settings = new();
    readonly List<Action<IServiceCollection>> serviceChanges = [];

    /// <summary>True when the factory made its own temp folder, which it then deletes when disposed.</summary>
    readonly bool ownsFolder;

    public CrampInfoFactory(string? databasePath = null, string environment = "Production", bool freshDatabase = false)
    {
        ownsFolder = databasePath is null;
        Folder = databasePath is null ? Directory.CreateTempSubdirectory("crampinfo-test-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Folder, "crampinfo.db");
        Environment = environment;
        if (databasePath is null && !freshDatabase) File.Copy(SeededDatabase.Path, DatabasePath);
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string Environment { get; }
    public LogCollector Logs { get; } = new();

    public CrampInfoFactory With(string key, string? value) { settings[key] = value; return this; }

    public CrampInfoFactory WithServices(Action<IServiceCollection> change) { serviceChanges.Add(change); return this; }

    public DatabaseSetupOutcome? SetupOutcome => Services.GetRequiredService<DatabaseSetup>().Outcome;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("");
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:CrampInfo", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            foreach (var change in serviceChanges) change(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && ownsFolder) DeleteFolder();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsFolder) DeleteFolder();
    }

    /// <summary>Deletes the temp folder (the factory does so itself when disposed, if it made the folder).</summary>
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Every log event the app writes, rendered as text, for tests that read the log.</summary>
public sealed class LogCollector : ILogEventSink
{
    readonly ConcurrentQueue<LogEvent> events = new();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => events.ToArray();

    /// <summary>Each event as it would be written: message, properties and exception.</summary>
    public IEnumerable<string> Lines => events.Select(Render);

    public string Render(LogEvent e) =>
        $"{e.Level} {e.RenderMessage()} {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}";
}

/// <summary>
/// The database every test app starts from: migrated and loaded with the shipped data once per test run, by the
/// app's own <see cref="DatabaseSetup"/>, then copied for each app. Building it (23,000 rows) for each of the
/// suite's apps was most of the suite's time.
/// </summary>
public static class SeededDatabase
{
    static readonly Lazy<string> path = new(Build);

    public static string Path => path.Value;

    static string Build()
    {
        var folder = Directory.CreateTempSubdirectory("crampinfo-seed-").FullName;
        var file = System.IO.Path.Combine(folder, "crampinfo.db");
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:CrampInfo"] = $"Data Source={file}" })
            .Build();
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = folder };
        new DatabaseSetup(new DatabaseLocation(configuration, environment), new DataLoader(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseSetup>.Instance).Run();
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return file;
    }
}
