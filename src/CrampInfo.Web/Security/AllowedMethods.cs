using CrampInfo.Web.Infobutton;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Security;

/// <summary>
/// GET and HEAD everywhere; OPTIONS only as a CORS preflight on the API; POST only on /infobutton, where records
/// systems post their forms; 405 with <c>Allow</c> for anything else. A HEAD request runs as GET (the server sends
/// the headers without the body), so every endpoint answers it without being mapped for HEAD too.
/// </summary>
public sealed class AllowedMethods(RequestDelegate next)
{
    const string AllowPages = "GET, HEAD";
    const string AllowApi = "GET, HEAD, OPTIONS";
    const string AllowInfobutton = "GET, HEAD, POST";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }
        // The error page shown for a rejected request renders like a GET, whatever the method was.
        if (HttpMethods.IsHead(request.Method) || ReExecution.IsReExecuted(context))
        {
            var method = request.Method;
            request.Method = HttpMethods.Get;
            try { await next(context); }
            finally { request.Method = method; }
            return;
        }
        var api = ApiPaths.IsApi(request.Path);
        var infobutton = InfobuttonModel.IsInfobutton(request.Path);
        if ((api && HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
            || (infobutton && HttpMethods.IsPost(request.Method)))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = api ? AllowApi : infobutton ? AllowInfobutton : AllowPages;
    }
}
