using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Delivery;

/// <summary>
/// Files from the top-level wwwroot/. Pages link them with a content hash (asp-append-version), so a hashed link
/// can be cached for a year; anything else is revalidated.
/// </summary>
public static class StaticFiles
{
    public static readonly StaticFileOptions Options = new()
    {
        OnPrepareResponse = context =>
        {
            context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600";
        },
    };
}
