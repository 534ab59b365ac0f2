using System.Diagnostics;
using System.Security.Cryptography;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrampInfo.Tests.Foundation;

/// <summary>How the app builds, checks and reuses its SQLite database at start (issue: foundation, data).</summary>
public sealed class DatabaseStartupTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fresh_start_on_an_empty_folder_creates_the_database_and_loads_every_row()
    {
        using var app = new CrampInfoFactory(freshDatabase: true);
        Assert.False(File.Exists(app.DatabasePath));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(DatabaseSetupOutcome.Updated, app.SetupOutcome);

        using var db = Open(app.DatabasePath);
        Assert.Equal(8363L, Scalar(db, "SELECT count(*) FROM foods"));
        Assert.Equal(14939L, Scalar(db, "SELECT count(*) FROM portions"));
        Assert.Equal(18L, Scalar(db, "SELECT count(*) FROM reference_intakes"));
        Assert.Equal((long)SeedData.EverydayFoods().Count(), Scalar(db, "SELECT count(*) FROM everyday_foods"));
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'food_search'"));
        Assert.Equal(SeedData.Version, Scalar(db, "SELECT version FROM data_version WHERE id = 1"));
    }

    [Fact]
    public async Task Loaded_values_match_the_shipped_files()
    {
        using var app = new CrampInfoFactory();
        using var client = app.CreateClient();
        await client.GetAsync("/healthz", Cancel);
        using var db = Open(app.DatabasePath);
        Assert.Equal(358.0, Scalar(db, "SELECT potassium_mg_per_100g FROM foods WHERE ndb = '09040'"));
        Assert.Equal(27.0, Scalar(db, "SELECT magnesium_mg_per_100g FROM foods WHERE ndb = '09040'"));
        Assert.Equal(1.0, Scalar(db, "SELECT sodium_mg_per_100g FROM foods WHERE ndb = '09040'"));
        Assert.Equal(118.0, Scalar(db, "SELECT grams FROM portions WHERE ndb = '09040' AND seq = 5"));
        Assert.Equal("medium (7\" to 7-7/8\" long)", Scalar(db, "SELECT measure FROM portions WHERE ndb = '09040' AND seq = 5"));
        Assert.Equal(9.5, Scalar(db, "SELECT grams FROM portions WHERE ndb = '09291' AND seq = 2"));
        Assert.Equal(50.0, Scalar(db, "SELECT amount FROM portions WHERE ndb = '09298' AND seq = 5"));
        // A food without a magnesium value keeps it empty, not zero.
        Assert.True((long)Scalar(db, "SELECT count(*) FROM foods WHERE magnesium_mg_per_100g IS NULL")! > 0);

        // Every one of the 18 intake rows, as in the CSV.
        var csv = File.ReadAllLines(Repo.File("src", "CrampInfo.Web", "SeedData", "reference-intakes", "potassium-ai-2019.csv")).Skip(1)
            .Select(l => l.Split(',')).ToList();
        Assert.Equal(18, csv.Count);
        using var command = db.CreateCommand();
        command.CommandText = "SELECT life_stage, age_from_years, age_to_years, sex, adequate_intake_mg_per_day FROM reference_intakes ORDER BY id";
        using var reader = command.ExecuteReader();
        foreach (var row in csv)
        {
            Assert.True(reader.Read());
            Assert.Equal(row[0], reader.GetString(0));
            Assert.Equal(double.Parse(row[1], CultureInfo.InvariantCulture), reader.GetDouble(1));
            Assert.Equal(row[2].Length == 0 ? (double?)null : double.Parse(row[2], CultureInfo.InvariantCulture), reader.IsDBNull(2) ? (double?)null : reader.GetDouble(2));
            Assert.Equal(row[3], reader.GetString(3));
            Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), reader.GetInt32(4));
        }
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task A_restart_on_a_current_database_reloads_nothing_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        var path = temp.DatabasePath;
        using (var first = new CrampInfoFactory(path))
        using (var client = first.CreateClient())
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        SqliteConnection.ClearAllPools();
        var before = Hash(path);
        var modified = File.GetLastWriteTimeUtc(path);
        var filesBefore = Directory.GetFiles(folder).Where(f => !f.EndsWith(".setup-lock")).Order().ToList();

        using var second = new CrampInfoFactory(path);
        using (var client = second.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calculator?items=09040:5:1", Cancel)).StatusCode);
        }
        Assert.Equal(DatabaseSetupOutcome.AlreadyCurrent, second.SetupOutcome);
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("Loaded 8363 foods"));
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(path));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(path));
        Assert.Equal(filesBefore, Directory.GetFiles(folder).Where(f => !f.EndsWith(".setup-lock")).Order().ToList());
    }

    [Fact]
    public async Task A_load_interrupted_part_way_leaves_no_half_filled_table_and_the_next_start_completes_it()
    {
        using var temp = new TempFolder();
        var path = temp.DatabasePath;
        using (var crashing = new CrampInfoFactory(path).WithServices(s =>
               {
                   s.RemoveAll<DataLoader>();
                   s.AddSingleton<DataLoader, CrashAfterPortions>();
               }))
        {
            // The app refuses to start (Program logs the cause and exits non-zero).
            Assert.ThrowsAny<Exception>(() => crashing.CreateClient());
        }
        SqliteConnection.ClearAllPools();
        using (var db = Open(path))
        {
            // The schema is there (migrations ran first), but the load rolled back as a whole.
            Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM foods"));
            Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM portions"));
            Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM data_version"));
        }
        SqliteConnection.ClearAllPools();

        using var next = new CrampInfoFactory(path);
        using var client = next.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(DatabaseSetupOutcome.Updated, next.SetupOutcome);
        using var after = Open(path);
        Assert.Equal(8363L, Scalar(after, "SELECT count(*) FROM foods"));
        Assert.Equal(14939L, Scalar(after, "SELECT count(*) FROM portions"));
    }

    [Fact]
    public async Task A_database_holding_an_older_data_version_is_reloaded()
    {
        using var temp = new TempFolder();
        var path = temp.DatabasePath;
        using (var first = new CrampInfoFactory(path))
            first.CreateClient().Dispose();
        SqliteConnection.ClearAllPools();
        using (var db = Open(path, write: true))
        {
            Execute(db, "UPDATE data_version SET version = 'older' WHERE id = 1");
            Execute(db, "DELETE FROM portions WHERE ndb = '09040'");
        }
        SqliteConnection.ClearAllPools();

        using var second = new CrampInfoFactory(path);
        using var client = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(DatabaseSetupOutcome.Updated, second.SetupOutcome);
        using var after = Open(path);
        Assert.Equal(SeedData.Version, Scalar(after, "SELECT version FROM data_version"));
        Assert.Equal(8L, Scalar(after, "SELECT count(*) FROM portions WHERE ndb = '09040'"));
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_hold_up_the_next_start()
    {
        using var temp = new TempFolder();
        var path = temp.DatabasePath;
        // What a process killed inside Migrate() leaves: EF Core's lock row, and no migration applied.
        using (var db = Open(path, write: true))
        {
            Execute(db, """CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
            Execute(db, """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00')""");
        }
        SqliteConnection.ClearAllPools();

        var watch = Stopwatch.StartNew();
        using var app = new CrampInfoFactory(path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"Start-up took {watch.Elapsed}: it waited on the stale lock.");
        Assert.Contains(app.Logs.Lines, l => l.Contains("Cleared a migration lock"));
    }

    [Fact]
    public async Task Two_instances_starting_at_once_on_one_file_load_it_once_and_both_serve()
    {
        using var temp = new TempFolder();
        var path = temp.DatabasePath;
        using var a = new CrampInfoFactory(path);
        using var b = new CrampInfoFactory(path);
        using var gate = new Barrier(2);
        var clients = await Task.WhenAll(
            Task.Run(() => { gate.SignalAndWait(Cancel); return a.CreateClient(); }, Cancel),
            Task.Run(() => { gate.SignalAndWait(Cancel); return b.CreateClient(); }, Cancel));
        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
            client.Dispose();
        }
        var loads = a.Logs.Lines.Concat(b.Logs.Lines).Count(l => l.Contains("Loaded 8363 foods"));
        Assert.Equal(1, loads);
        Assert.Contains(DatabaseSetupOutcome.AlreadyCurrent, new[] { a.SetupOutcome, b.SetupOutcome });
        using var db = Open(path);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(8363L, Scalar(db, "SELECT count(*) FROM foods"));
    }

    [Fact]
    public async Task A_corrupt_database_file_is_set_aside_and_rebuilt_from_the_shipped_data()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        var path = temp.DatabasePath;
        using (var first = new CrampInfoFactory(path))
            first.CreateClient().Dispose();
        SqliteConnection.ClearAllPools();
        // Truncate it to half: what a full disk or a copy cut short leaves.
        using (var file = new FileStream(path, FileMode.Open))
            file.SetLength(file.Length / 2);

        using var app = new CrampInfoFactory(path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(DatabaseSetupOutcome.Rebuilt, app.SetupOutcome);
        Assert.Single(Directory.GetFiles(folder, "crampinfo.db.damaged-*"));
        using var db = Open(path);
        Assert.Equal(8363L, Scalar(db, "SELECT count(*) FROM foods"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_at_all_is_rebuilt()
    {
        using var temp = new TempFolder();
        var path = temp.DatabasePath;
        await File.WriteAllTextAsync(path, "this is not an SQLite database, just some text left here", Cancel);
        using var app = new CrampInfoFactory(path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(DatabaseSetupOutcome.Rebuilt, app.SetupOutcome);
    }

    /// <summary>A loader that dies inside its transaction after the portions, as a killed process would.</summary>
    sealed class CrashAfterPortions : DataLoader
    {
        protected override void OnTableLoaded(string table)
        {
            if (table == "portions") throw new IOException("simulated crash part-way through the load");
        }
    }

    internal static SqliteConnection Open(string path, bool write = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = write ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    internal static object? Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
