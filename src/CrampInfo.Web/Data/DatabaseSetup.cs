using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrampInfo.Web.Data;

/// <summary>What start-up found and did to the database.</summary>
public enum DatabaseSetupOutcome
{
    /// <summary>Schema and data were current: nothing was written.</summary>
    AlreadyCurrent,
    /// <summary>Migrations were applied and/or the shipped data was (re)loaded.</summary>
    Updated,
    /// <summary>The file was damaged; it was set aside and built again.</summary>
    Rebuilt,
}

/// <summary>Start-up could not give the app a usable database; the message says what to do.</summary>
public sealed class DatabaseSetupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Brings the database up to date at start: applies pending migrations, then loads the shipped data in a
/// transaction of its own when the database is new or holds an older data version.
/// <list type="bullet">
/// <item>A database that is already current is only read, so a read-only file or folder works.</item>
/// <item>Instances that start together on one file take turns through an OS file lock beside the database,
/// which the kernel releases if a process dies; the one that comes second finds the work done.</item>
/// <item>Holding that lock, any row left in EF Core's <c>__EFMigrationsLock</c> by a killed process is stale
/// and is cleared, so <c>Migrate()</c> never waits on it.</item>
/// <item>A file that is not a healthy SQLite database is moved aside and rebuilt from the shipped data.</item>
/// </list>
/// </summary>
public sealed class DatabaseSetup(DatabaseLocation location, DataLoader loader, ILogger<DatabaseSetup> log)
{
    static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    /// <summary>What the last <see cref="Run"/> did.</summary>
    public DatabaseSetupOutcome? Outcome { get; private set; }

    public DatabaseSetupOutcome Run() => (Outcome = Setup()).Value;

    DatabaseSetupOutcome Setup()
    {
        var watch = Stopwatch.StartNew();
        var state = Inspect();
        if (state == State.Current)
        {
            log.LogInformation("Database {Path} is current (data {Version})", location.FilePath, SeedData.Version);
            return DatabaseSetupOutcome.AlreadyCurrent;
        }

        var folder = Path.GetDirectoryName(location.FilePath)!;
        EnsureWritableFolder(folder, state);

        using var initLock = AcquireInitLock();
        // Another instance may have done the work while this one waited for the lock.
        state = Inspect();
        var outcome = DatabaseSetupOutcome.Updated;
        if (state == State.Current)
        {
            log.LogInformation("Database {Path} was brought up to date by another instance", location.FilePath);
            return DatabaseSetupOutcome.AlreadyCurrent;
        }
        if (state == State.Damaged)
        {
            SetAside();
            outcome = DatabaseSetupOutcome.Rebuilt;
        }

        ApplyMigrations();
        if (ReadDataVersion() != SeedData.Version)
        {
            var loadWatch = Stopwatch.StartNew();
            var counts = loader.Load(location.ReadWriteConnectionString);
            log.LogInformation("Loaded {Foods} foods, {Portions} portions, {EverydayFoods} everyday foods and {Intakes} reference intakes in {Elapsed:0} ms (data {Version})",
                counts.Foods, counts.Portions, counts.EverydayFoods, counts.ReferenceIntakes, loadWatch.Elapsed.TotalMilliseconds, SeedData.Version);
        }
        SqliteConnection.ClearAllPools();
        log.LogInformation("Database {Path} ready in {Elapsed:0} ms", location.FilePath, watch.Elapsed.TotalMilliseconds);
        return outcome;
    }

    enum State { Missing, Damaged, NeedsWork, Current }

    /// <summary>Looks at the database without writing to it.</summary>
    State Inspect()
    {
        if (!File.Exists(location.FilePath)) return State.Missing;
        try
        {
            using var connection = new SqliteConnection(location.ReadOnlyConnectionString);
            connection.Open();
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check";
                if (check.ExecuteScalar() as string != "ok") return State.Damaged;
            }
            if (HasPendingMigrations(connection)) return State.NeedsWork;
            return ReadDataVersion(connection) == SeedData.Version ? State.Current : State.NeedsWork;
        }
        catch (SqliteException e) when (IsDamage(e))
        {
            log.LogWarning("Database {Path} is damaged: {Reason}", location.FilePath, e.Message);
            return State.Damaged;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>
    /// The migrations this build holds, read from their attributes, as EF finds them. Asking EF instead
    /// (<c>GetPendingMigrations()</c>) builds its model and services first, which was about half of the app's
    /// start-up; <see cref="ApplyMigrations"/> still asks EF whenever work is to be done.
    /// </summary>
    static readonly string[] KnownMigrations = typeof(CrampInfoDb).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(CrampInfoDb))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToArray();

    static bool HasPendingMigrations(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(command.ExecuteScalar()) == 0) return KnownMigrations.Length > 0;
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
            while (reader.Read()) applied.Add(reader.GetString(0));
        return KnownMigrations.Any(id => !applied.Contains(id));
    }

    static bool IsDamage(SqliteException e) =>
        e.SqliteErrorCode is 11 /* SQLITE_CORRUPT */ or 26 /* SQLITE_NOTADB */;

    void EnsureWritableFolder(string folder, State state)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = state switch
            {
                State.Missing => "does not exist",
                State.Damaged => "is damaged",
                _ => "holds an older schema or data version",
            };
            throw new DatabaseSetupException(
                $"The database {location.FilePath} {problem}, and its folder {folder} cannot be written to. " +
                "Point ConnectionStrings__CrampInfo at a writable folder, or build the database ahead of time " +
                "(the Dockerfile does this) and ship it read-only.", e);
        }
    }

    FileStream AcquireInitLock()
    {
        var path = location.FilePath + ".setup-lock";
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock() on Linux: the kernel drops it when the process dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(50);
            }
        }
    }

    void SetAside()
    {
        var aside = $"{location.FilePath}.damaged-{DateTime.UtcNow:yyyyMMddHHmmss}";
        log.LogWarning("Moving the damaged database {Path} to {Aside} and building it again from the shipped data", location.FilePath, aside);
        File.Move(location.FilePath, aside, overwrite: true);
        foreach (var suffix in new[] { "-journal", "-wal", "-shm" })
            File.Delete(location.FilePath + suffix);
    }

    void ApplyMigrations()
    {
        using var connection = new SqliteConnection(location.ReadWriteConnectionString);
        connection.Open();
        using var db = CreateContext(connection);
        var pending = db.Database.GetPendingMigrations().ToList();
        if (pending.Count == 0) return;
        // We hold the set-up lock, so a row here was left by a process that died while migrating.
        using (var clear = connection.CreateCommand())
        {
            clear.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(clear.ExecuteScalar()) > 0)
            {
                clear.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
                if (clear.ExecuteNonQuery() > 0)
                    log.LogWarning("Cleared a migration lock left behind by an interrupted start");
            }
        }
        log.LogInformation("Applying migrations: {Migrations}", string.Join(", ", pending));
        db.Database.Migrate();
    }

    string? ReadDataVersion()
    {
        using var connection = new SqliteConnection(location.ReadOnlyConnectionString);
        connection.Open();
        return ReadDataVersion(connection);
    }

    static string? ReadDataVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'data_version'";
        if (Convert.ToInt64(command.ExecuteScalar()) == 0) return null;
        command.CommandText = "SELECT version FROM data_version WHERE id = 1";
        return command.ExecuteScalar() as string;
    }

    static CrampInfoDb CreateContext(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<CrampInfoDb>().UseSqlite(connection).Options);
}
