using CrampInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// The real app served by Kestrel on a free loopback port (so a browser can reach it), in the Production
/// environment, on a temp database: <see cref="CrampInfoFactory"/> with a real server instead of the test server.
/// </summary>
public sealed class KestrelApp : CrampInfoFactory
{
    public KestrelApp() => UseKestrel(0);

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/. Starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }
}
