namespace CrampInfo.Web.Security;

/// <summary>Which requests are the API's: the JSON API and its OpenAPI document, meant to be read by other sites.</summary>
public static class ApiPaths
{
    public const string Api = "/api";
    public const string OpenApi = "/openapi";

    /// <summary>The JSON API (<c>/api</c> and below, not <c>/apiary</c>): rate-limited, answered with problem details.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase);

    /// <summary>What other sites' pages may read: the API and its OpenAPI document.</summary>
    public static bool IsPublic(PathString path) => IsApi(path) || path.StartsWithSegments(OpenApi, StringComparison.OrdinalIgnoreCase);
}
