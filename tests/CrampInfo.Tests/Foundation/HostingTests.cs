using System.Diagnostics;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Site;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Foundation;

/// <summary>The top-level wwwroot/ and appsettings.json are the real ones; health; logging.</summary>
[Collection(AppCollection.Name)]
public sealed class HostingTests(AppFixture app)
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_static_file_from_the_top_level_wwwroot_is_served_byte_for_byte()
    {
        var expected = await File.ReadAllBytesAsync(Repo.File("wwwroot", "css", "site.css"), Cancel);
        using var response = await app.Client.GetAsync("/css/site.css", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_value_from_the_top_level_appsettings_json_takes_effect()
    {
        // Serilog's own default level is Information, at which EF Core logs every SQL command. The top-level
        // appsettings.json sets EF Core to Warning, so a request that queries the database leaves no EF Core
        // line below that. (FeaturedFoods is not used for this: its default lives in code, so that a clinic's
        // list replaces it whole rather than merging with it entry by entry.)
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repo.File("appsettings.json")));
        var efCoreLevel = json.RootElement.GetProperty("Serilog").GetProperty("MinimumLevel").GetProperty("Override")
            .GetProperty("Microsoft.EntityFrameworkCore").GetString();
        Assert.Equal("Warning", efCoreLevel);

        using var response = await app.Client.GetAsync("/api/foods?q=banana", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(app.Factory.Logs.Events, e => e.Level < Serilog.Events.LogEventLevel.Warning
            && e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("Microsoft.EntityFrameworkCore"));
    }

    [Fact]
    public async Task Healthz_answers_200_when_the_database_is_loaded()
    {
        using var response = await app.Client.GetAsync("/healthz", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }
}

/// <summary>What a request leaves in the log: never the query string, which can carry what a visitor ate.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Request_logs_carry_method_path_status_and_time_but_never_the_query_string()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var factory = new CrampInfoFactory();
        using var client = factory.CreateClient();
        var items = "09298:4:3,09040:5:1";
        using var response = await client.GetAsync($"/calculator?age=33&sex=female&stage=pregnant&items={items}&limit-mg=2345&q=lentils", cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var api = await client.GetAsync($"/api/intake?age=33&items={items}&limit-mg=2345", cancel);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        var requestLine = Assert.Single(factory.Logs.Events, e =>
            e.MessageTemplate.Text.StartsWith("HTTP ") && e.Properties["RequestPath"].ToString() == "\"/calculator\"");
        Assert.Equal("\"GET\"", requestLine.Properties["RequestMethod"].ToString());
        Assert.Equal("200", requestLine.Properties["StatusCode"].ToString());
        Assert.True(requestLine.Properties.ContainsKey("Elapsed"));
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("HTTP ") && e.Properties["RequestPath"].ToString() == "\"/api/intake\"");
        foreach (var line in factory.Logs.Lines)
            foreach (var secret in new[] { "09298", "pregnant", "2345", "age=", "lentils", "items" })
                Assert.DoesNotContain(secret, line);
    }
}

/// <summary>Health when the database goes away while the app runs.</summary>
public sealed class HealthWhenTheDatabaseFailsTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_answers_503_when_the_database_can_no_longer_be_read()
    {
        using var app = new CrampInfoFactory();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancel)).StatusCode);
        SqliteConnection.ClearAllPools();
        File.Delete(app.DatabasePath);
        using var response = await client.GetAsync("/healthz", Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_database_does_not_hold_the_current_data()
    {
        using var app = new CrampInfoFactory();
        using var client = app.CreateClient();
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "DELETE FROM data_version";
            command.ExecuteNonQuery();
        }
        using var response = await client.GetAsync("/healthz", Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}

/// <summary>The published app carries the top-level appsettings.json and wwwroot/, and starts from them.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Dotnet_publish_output_holds_the_top_level_settings_and_static_files_and_serves_them()
    {
        var cancel = TestContext.Current.CancellationToken;
        var output = Directory.CreateTempSubdirectory("crampinfo-publish-").FullName;
        try
        {
            var publish = await Run("dotnet", $"publish \"{Repo.File("src", "CrampInfo.Web", "CrampInfo.Web.csproj")}\" -c Release -o \"{output}\" -p:UseSharedCompilation=false --nologo", Repo.Root, cancel);
            Assert.True(publish.ExitCode == 0, publish.Output);
            Assert.Equal(await File.ReadAllTextAsync(Repo.File("appsettings.json"), cancel), await File.ReadAllTextAsync(Path.Combine(output, "appsettings.json"), cancel));
            Assert.Equal(await File.ReadAllBytesAsync(Repo.File("wwwroot", "css", "site.css"), cancel), await File.ReadAllBytesAsync(Path.Combine(output, "wwwroot", "css", "site.css"), cancel));
            Assert.False(Directory.Exists(Path.Combine(output, "SeedData")), "The data is embedded in the assembly, not copied beside it.");

            // Start the published app from another folder: it still finds its own settings and files.
            var port = FreePort();
            var database = Path.Combine(output, "test.db");
            var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(output, "CrampInfo.Web.dll")}\" --urls http://127.0.0.1:{port}")
            {
                WorkingDirectory = Path.GetTempPath(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["ConnectionStrings__CrampInfo"] = $"Data Source={database}", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            };
            using var process = Process.Start(start)!;
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                var healthy = false;
                for (var i = 0; i < 150 && !healthy; i++)
                {
                    try { healthy = (await client.GetAsync("/healthz", cancel)).IsSuccessStatusCode; }
                    catch (HttpRequestException) { await Task.Delay(100, cancel); }
                }
                Assert.True(healthy, "The published app did not answer /healthz.");
                var css = await client.GetStringAsync("/css/site.css", cancel);
                Assert.Equal(await File.ReadAllTextAsync(Repo.File("wwwroot", "css", "site.css"), cancel), css);
                var page = await client.GetStringAsync("/calculator", cancel);
                Assert.Contains("Add 1 medium banana", page); // featured foods: from the published appsettings.json
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(cancel);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(output, true); } catch (IOException) { }
        }
    }

    static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task<(int ExitCode, string Output)> Run(string file, string arguments, string folder, CancellationToken cancel)
    {
        var info = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, await stdout + await stderr);
    }
}
