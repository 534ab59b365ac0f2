using CrampInfo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CrampInfo.Tests.Hardening;

/// <summary>
/// Faults of the database: unreadable while the app runs (503 from health; every page and the API answer from the copy
/// of the food and intake tables read at start, never a 500), and a
/// folder that cannot be written at start (a clear message and a non-zero exit). A missing, truncated or
/// corrupt file at start is rebuilt: see Foundation/DatabaseStartupTests.
/// </summary>
public sealed class FaultTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public enum Damage { Deleted, OverwrittenWithZeros, Truncated }

    static void Break(string path, Damage damage)
    {
        // Pooled connections keep a deleted or rewritten file's old view open: drop them, as a restart of the pool would.
        SqliteConnection.ClearAllPools();
        switch (damage)
        {
            case Damage.Deleted:
                File.Delete(path);
                break;
            case Damage.OverwrittenWithZeros:
                var length = new FileInfo(path).Length;
                File.WriteAllBytes(path, new byte[length]);
                break;
            case Damage.Truncated:
                using (var file = new FileStream(path, FileMode.Open)) file.SetLength(0);
                File.WriteAllText(path, "SQLite format 3\0 but nothing after it");
                break;
        }
    }

    [Theory]
    [InlineData(Damage.Deleted)]
    [InlineData(Damage.OverwrittenWithZeros)]
    [InlineData(Damage.Truncated)]
    public async Task When_the_database_becomes_unreadable_health_is_503_and_every_page_and_the_API_answer_from_the_copy_read_at_start(Damage damage)
    {
        using var app = new CrampInfoFactory();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);

        Break(app.DatabasePath, damage);

        // Health says so, so that an orchestrator replaces the instance.
        using var health = await client.GetAsync("/healthz", Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        // Request paths read the food and intake tables from the copy taken at start: nothing reads the file again,
        // so the site keeps answering until it is replaced.
        foreach (var path in new[] { "/calculator?age=45&sex=female&items=09040:5:1", "/calculator?q=banana", "/food-sources", "/about", "/treatment",
                     "/api/intake?age=45&sex=female&items=09040:5:1", "/api/foods?q=banana", "/api/foods/09040", "/api/reference-intakes" })
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
    }

    /// <summary>
    /// Database paths whose folder cannot be written, that work even when the tests run as root (where file
    /// permissions do not stop writes): /proc/self is an existing folder the kernel lets no one create files in
    /// (it stands in for a read-only mount); /proc/self/status is an existing file in that folder which SQLite reads
    /// as an empty database (proc files report a size of 0), so it needs its schema and cannot get it; and a path
    /// whose folder is a regular file cannot be created. Each runs the built app as a process, so the exit code
    /// and the console are the real ones. (Not covered: a damaged file in a read-only folder; as root, only a
    /// read-only mount would make one, and the tests do not mount.)
    /// </summary>
    public static TheoryData<string, string> UnwritablePlaces() => new()
    {
        { "/proc/self/crampinfo.db", "does not exist" },
        { "/proc/self/status", "holds an older schema or data version" },
        { "FILE/crampinfo.db", "does not exist" },
    };

    [Theory]
    [MemberData(nameof(UnwritablePlaces))]
    public async Task Where_the_database_folder_cannot_be_written_the_app_exits_non_zero_with_a_message_that_says_what_to_do(string place, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("crampinfo-readonly-").FullName;
        try
        {
            var file = Path.Combine(folder, "a-file");
            await File.WriteAllTextAsync(file, "a file where a folder should be", Cancel);
            var path = place.Replace("FILE", file);
            await using var app = AppProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__CrampInfo"] = $"Data Source={path}" });

            Assert.True(await app.WaitForExitAsync(TimeSpan.FromSeconds(30), Cancel), "The app kept running.\n" + app.Output);
            Assert.NotEqual(0, app.ExitCode);
            var output = app.Output;
            Assert.Contains("CrampInfo could not start", output);
            Assert.Contains($"The database {path} {problem}, and its folder {Path.GetDirectoryName(path)} cannot be written to.", output);
            Assert.Contains("Point ConnectionStrings__CrampInfo at a writable folder, or build the database ahead of time", output);
            Assert.DoesNotContain("Now listening on", output);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
