using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CrampInfo.Web.Security;

/// <summary>
/// Whether the app sits behind a TLS-terminating reverse proxy whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> it should believe (setting <c>ForwardedHeaders:Enabled</c>). Off by default: a
/// client could otherwise claim any address or scheme. Only proxies on loopback are believed unless the
/// clinic lists its own (<c>KnownProxies</c>, <c>KnownNetworks</c>) or says any sender may be believed
/// (<c>TrustAllProxies</c>, for a network where only the proxy can reach the app). Invalid entries are
/// ignored with a warning.
/// </summary>
public sealed class ProxySettings
{
    public bool Enabled { get; }
    public ForwardedHeadersOptions Options { get; } = new()
    {
        ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
    };

    public ProxySettings(IConfiguration configuration, ILogger<ProxySettings> log)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        Enabled = Flag(section, "Enabled", log);
        if (!Enabled) return;

        foreach (var value in Values(section.GetSection("KnownProxies")))
        {
            if (IPAddress.TryParse(value, out var address)) Options.KnownProxies.Add(address);
            else log.LogWarning("Ignoring an entry of ForwardedHeaders:KnownProxies: {Value} is not an IP address", value);
        }
        foreach (var value in Values(section.GetSection("KnownNetworks")))
        {
            if (System.Net.IPNetwork.TryParse(value, out var network)) Options.KnownIPNetworks.Add(network);
            else log.LogWarning("Ignoring an entry of ForwardedHeaders:KnownNetworks: {Value} is not a network such as 10.0.0.0/8", value);
        }
        if (Flag(section, "TrustAllProxies", log))
        {
            Options.KnownProxies.Clear();
            Options.KnownIPNetworks.Clear();
        }
    }

    static IEnumerable<string> Values(IConfigurationSection section) =>
        section.GetChildren().Select(c => c.Value?.Trim()).Where(v => !string.IsNullOrEmpty(v))!;

    static bool Flag(IConfigurationSection section, string key, ILogger log)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value)) return false;
        if (bool.TryParse(value.Trim(), out var flag)) return flag;
        log.LogWarning("Ignoring ForwardedHeaders:{Key}: it must be true or false", key);
        return false;
    }
}
