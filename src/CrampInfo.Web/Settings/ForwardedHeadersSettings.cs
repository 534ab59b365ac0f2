using System.Net;
using FluentValidation;
using Microsoft.AspNetCore.HttpOverrides;

namespace CrampInfo.Web.Settings;

/// <summary>
/// The <c>ForwardedHeaders</c> settings: whether the app sits behind a TLS-terminating reverse proxy whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> it should believe. Off by default: a client could otherwise
/// claim any address or scheme. Only proxies on loopback are believed unless the clinic lists its own
/// (<c>KnownProxies</c>, <c>KnownNetworks</c>) or says any sender may be believed (<c>TrustAllProxies</c>, for a
/// network where only the proxy can reach the app).
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public string? Enabled { get; set; }
    public List<string> KnownProxies { get; set; } = [];
    public List<string> KnownNetworks { get; set; } = [];
    public string? TrustAllProxies { get; set; }

    public bool IsEnabled => SettingRules.ParseFlag(Enabled) == true;

    /// <summary>ASP.NET Core's forwarded-headers options for these settings.</summary>
    public ForwardedHeadersOptions Options()
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        foreach (var network in KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        if (SettingRules.ParseFlag(TrustAllProxies) == true)
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
        }
        return options;
    }
}

public sealed class ForwardedHeadersSettingsValidator : AbstractValidator<ForwardedHeadersSettings>
{
    public ForwardedHeadersSettingsValidator()
    {
        RuleFor(o => o.Enabled).Must(v => SettingRules.ParseFlag(v) is not null).WithMessage("it must be true or false");
        RuleFor(o => o.TrustAllProxies).Must(v => SettingRules.ParseFlag(v) is not null).WithMessage("it must be true or false");
        RuleForEach(o => o.KnownProxies).Must(v => IPAddress.TryParse(v.Trim(), out _)).WithMessage((_, v) => $"{v} is not an IP address");
        RuleForEach(o => o.KnownNetworks).Must(v => System.Net.IPNetwork.TryParse(v.Trim(), out _)).WithMessage((_, v) => $"{v} is not a network such as 10.0.0.0/8");
    }
}
