using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// The real app behind real Kestrel on a loopback port (port 0), for tests that must go through the server's
/// own parsing and limits: raw request bytes, HEAD, the request-line cap. Shared by read-only tests.
/// The API rate limit is raised out of the way here; the rate-limit tests start apps of their own.
/// </summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public CrampInfoFactory Factory { get; } = new CrampInfoFactory().With("RateLimiting:ApiPermitsPerMinute", "1000000");
    public Uri Address { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        return ValueTask.CompletedTask;
    }

    public Task<RawResponse> SendAsync(byte[] request, bool head = false) =>
        RawHttp.SendAsync(Address, request, TestContext.Current.CancellationToken, head);

    public Task<RawResponse> GetAsync(string target, params (string, string)[] headers) =>
        SendAsync(RawHttp.Request("GET", target, headers));

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class KestrelAppCollection : ICollectionFixture<KestrelAppFixture>
{
    public const string Name = "kestrel-app";
}
