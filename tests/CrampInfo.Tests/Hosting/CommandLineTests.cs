using System.Diagnostics;
using CrampInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Hosting;

/// <summary>The app's own switches, run as the Dockerfile runs them: as a separate process.</summary>
public sealed class CommandLineTests
{
    static readonly string AppDll = Path.Combine(AppContext.BaseDirectory, "CrampInfo.Web.dll");

    static async Task<(int ExitCode, string Output)> RunAppAsync(string arguments, params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{AppDll}\" {arguments}")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Prepare_database_builds_the_database_and_exits_0_then_finds_it_current()
    {
        var folder = Directory.CreateTempSubdirectory("crampinfo-prepare-").FullName;
        try
        {
            var database = Path.Combine(folder, "db", "crampinfo.db");
            var setting = ("ConnectionStrings__CrampInfo", $"Data Source={database}");

            var (exitCode, output) = await RunAppAsync("--prepare-database", setting);
            Assert.True(exitCode == 0, output);
            Assert.Contains("Loaded 8363 foods", output);
            Assert.DoesNotContain("Now listening", output); // it exits rather than serve

            using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode";
                // Not WAL: a read-only copy of the file needs no -wal or -shm file beside it.
                Assert.Equal("delete", command.ExecuteScalar() as string);
            }
            Assert.Equal(["crampinfo.db", "crampinfo.db.setup-lock"], Directory.GetFiles(Path.GetDirectoryName(database)!).Select(Path.GetFileName).Order());

            (exitCode, output) = await RunAppAsync("--prepare-database", setting);
            Assert.True(exitCode == 0, output);
            Assert.Contains("is current", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Prepare_database_exits_non_zero_when_the_database_cannot_be_made()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A folder that cannot exist: its parent is a file.
            var (exitCode, output) = await RunAppAsync("--prepare-database", ("ConnectionStrings__CrampInfo", $"Data Source={file}/crampinfo.db"));
            Assert.Equal(1, exitCode);
            Assert.Contains("could not start", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Health_check_exits_0_when_healthz_answers_200_and_1_when_nothing_answers()
    {
        var factory = new CrampInfoFactory();
        try
        {
            factory.UseKestrel(0);
            factory.StartServer();
            var port = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

            var (exitCode, output) = await RunAppAsync("--health-check", ("ASPNETCORE_HTTP_PORTS", port.ToString()));
            Assert.True(exitCode == 0, output);
            Assert.Contains($"http://127.0.0.1:{port}/healthz: 200", output);
        }
        finally
        {
            await factory.DisposeAsync();
        }

        var (downExitCode, _) = await RunAppAsync("--health-check", ("ASPNETCORE_HTTP_PORTS", FreePort().ToString()));
        Assert.Equal(1, downExitCode);
    }

    static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
