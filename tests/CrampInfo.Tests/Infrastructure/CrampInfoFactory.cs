using System.Collections.Concurrent;
using CrampInfo.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;
using Serilog.Events;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a temp folder, in the Production environment unless told
/// otherwise, with the repository root as content root (its appsettings.json and wwwroot/ are the real ones).
/// </summary>
public class CrampInfoFactory : WebApplicationFactory<Program>
{
    readonly Dictionary<string, string?> settings = new();
    readonly List<Action<IServiceCollection>> serviceChanges = [];

    /// <summary>True when the factory made its own temp folder, which it then deletes when disposed.</summary>
    readonly bool ownsFolder;

    public CrampInfoFactory(string? databasePath = null, string environment = "Production")
    {
        ownsFolder = databasePath is null;
        Folder = databasePath is null ? Directory.CreateTempSubdirectory("crampinfo-test-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Folder, "crampinfo.db");
        Environment = environment;
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
