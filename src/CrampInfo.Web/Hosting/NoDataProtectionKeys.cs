using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CrampInfo.Web.Hosting;

/// <summary>
/// The site protects no data: no cookies, no sessions, every form a GET, so no antiforgery tokens. Razor
/// Pages still registers ASP.NET Core data protection, and its start-up service makes a key and writes it
/// to <c>~/.aspnet/DataProtection-Keys</c> (the log's "No XML encryptor configured" warning): a write that
/// fails on a read-only container and would differ between replicas. So that service is removed, any key
/// asked for later lives only in memory, and protection itself is ephemeral.
/// </summary>
public static class NoDataProtectionKeys
{
    public static IServiceCollection AddNoDataProtectionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<InMemoryKeyStore>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<InMemoryKeyStore>((options, store) => options.XmlRepository = store);
        var keyRingLoader = services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.Assembly == typeof(KeyManagementOptions).Assembly).ToList();
        foreach (var descriptor in keyRingLoader) services.Remove(descriptor);
        return services;
    }
}

/// <summary>Where a data protection key would go if anything asked for one: memory, never disk.</summary>
public sealed class InMemoryKeyStore : IXmlRepository
{
    readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements) return elements.Select(e => new XElement(e)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements) elements.Add(new XElement(element));
    }
}
