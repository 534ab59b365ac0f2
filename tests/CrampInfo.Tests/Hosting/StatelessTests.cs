using CrampInfo.Web.Hosting;
using System.Net;
using CrampInfo.Tests.Clinics;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Site;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrampInfo.Tests.Hosting;

/// <summary>
/// The app keeps nothing between requests and writes nothing while it runs, so replicas answer alike and
/// a read-only container works: no cookies, no session, no data protection keys made or stored.
/// Runs on real Kestrel, to see the headers a browser would.
/// </summary>
public sealed class StatelessTests : IAsyncLifetime
{
    readonly CrampInfoFactory factory = new();
    HttpClient client = null!;

    public ValueTask InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task No_response_sets_a_cookie_or_names_the_server_and_no_key_is_made()
    {
        string[] urls = ["/", "/for-clinics", "/for-clinics?age=45&sex=female&items=09040:5:2", "/healthz", "/css/site.css", "/no-such-page", "/api/no-such-thing", "/error"];
        foreach (var url in urls)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
            {
                using var request = new HttpRequestMessage(method, url);
                var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                Assert.False(response.HasHeader("Set-Cookie"), $"{method} {url}");
                Assert.False(response.HasHeader("Server"), $"{method} {url}");
                Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
            }
        }

        // Nothing asked data protection for a key, so none was made (not even in memory) and none written.
        var store = factory.Services.GetRequiredService<InMemoryKeyStore>();
        Assert.Empty(store.GetAllElements());
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("DataProtection") || line.Contains("XML encryptor"));
    }

    [Fact]
    public void Data_protection_keys_would_live_in_memory_and_nothing_loads_them_at_start()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KeyManagementOptions>>().Value;
        Assert.IsType<InMemoryKeyStore>(options.XmlRepository);
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(),
            service => service.GetType().Assembly == typeof(KeyManagementOptions).Assembly);
    }

    [Fact]
    public async Task The_same_request_gets_the_same_page_each_time()
    {
        const string url = "/for-clinics?age=45&sex=female&items=09040:5:2";
        var first = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var second = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
    }
}
