using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// Brotli or gzip for every text answer (pages, stylesheet, script, SVG, JSON), at the fastest level: on a
/// small page the fastest level is within a few percent of the best size, at a fraction of the CPU.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddCrampInfoCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // BREACH needs a secret in the page to guess at; these pages carry none (no cookies, no tokens,
            // no antiforgery fields), so compressing over HTTPS is safe here.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes =
            [
                .. ResponseCompressionDefaults.MimeTypes,
                "text/javascript", "image/svg+xml", "application/problem+json", "application/manifest+json",
            ];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
