namespace CrampInfo.Web.Hosting;

/// <summary>
/// <c>--health-check</c>: a GET of <c>http://127.0.0.1:PORT/healthz</c> from inside the container, where PORT
/// is the first of <c>ASPNETCORE_HTTP_PORTS</c> (the base image sets 8080). Exit code 0 when it answers 200,
/// 1 otherwise. It starts no host and reads no settings, so it stays quick.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var url = $"http://127.0.0.1:{Port()}/healthz";
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }

    static int Port()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "";
        var first = ports.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return int.TryParse(first, out var port) && port is > 0 and < 65536 ? port : 8080;
    }
}
