using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;
using CrampInfo.Web.Api;
using CrampInfo.Web.Site;
using Microsoft.AspNetCore.Cors;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.Infobutton;

/// <summary>
/// <c>/infobutton</c> (view: Pages/Infobutton.cshtml): an HL7 infobutton knowledge resource, GET or form POST.
/// A person is sent (303) to the page of the first code that matches, or shown the topics when none does; a
/// program gets an Atom feed (<c>knowledgeResponseType=text/xml</c>) or the same feed as JSON
/// (<c>application/json</c>), readable from any origin. Records systems post without an antiforgery token or
/// a cookie, and the site sets none. Nothing sent is kept or logged, and no answer may be stored by a cache.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableCors(ApiEndpoints.CorsPolicy)]
public sealed class InfobuttonModel(IOptions<ContentOptions> content, IProblemDetailsService problems) : PageModel
{
    public const string Path = "/infobutton";

    /// <summary>Records systems post their forms here (HL7 infobutton): the one place a POST is read.</summary>
    public static bool IsInfobutton(PathString path) =>
        path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is null or "" or "/";

    public const string FormType = "application/x-www-form-urlencoded";

    /// <summary>A form body is capped like a query string (<see cref="Security.QueryStringCap.MaxQueryStringLength"/>): a records system sends a few hundred bytes.</summary>
    public const int MaxFormBytes = Security.QueryStringCap.MaxQueryStringLength;

    /// <summary>Names and values a form may hold: a records system sends a dozen or so.</summary>
    const int MaxFormValues = 256;

    public InfobuttonAnswer Answer { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        return Respond(Request.Query);
    }

    /// <summary>
    /// Takes no parameters on purpose: a handler parameter makes Razor Pages read the whole form first, with the
    /// framework's default limits, before this can apply its own.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType) || !contentType.MediaType.Equals(FormType, StringComparison.OrdinalIgnoreCase))
            return await ProblemAsync(StatusCodes.Status415UnsupportedMediaType, "Send the parameters as a form",
                $"POST the parameters as {FormType}, or send them in the query string of a GET.");
        if (Request.ContentLength > MaxFormBytes)
            return await ProblemAsync(StatusCodes.Status413PayloadTooLarge, "The form is too large", $"A form may hold at most {MaxFormBytes:#,0} bytes.");
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxFormBytes;

        Dictionary<string, StringValues> form;
        try
        {
            // Read here with these limits, not through the request's shared form feature.
            using var reader = new FormReader(Request.Body, contentType.Encoding ?? Encoding.UTF8)
            {
                ValueCountLimit = MaxFormValues,
                KeyLengthLimit = MaxFormBytes,
                ValueLengthLimit = MaxFormBytes,
            };
            form = await reader.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // Over a limit. The exception's own text is not passed on.
            return await ProblemAsync(StatusCodes.Status400BadRequest, "The form cannot be read", $"A form may hold at most {MaxFormValues} values and {MaxFormBytes:#,0} bytes.");
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            return await ProblemAsync(e.StatusCode, "The form cannot be read", $"A form may hold at most {MaxFormBytes:#,0} bytes.");
        }
        // The form first, then anything in the query string (the first value of a name wins).
        return Respond(form.Concat(Request.Query));
    }

    IActionResult Respond(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var request = InfobuttonRequest.Parse(parameters);
        Answer = InfobuttonAnswer.For(request, CodeTable.Shipped);
        switch (request.ResponseType)
        {
            case ResponseType.Atom:
                return new FileContentResult(Feed().ToAtom(), "text/xml; charset=utf-8");
            case ResponseType.Json:
                return new FileContentResult(Feed().ToJson(), "application/json; charset=utf-8");
            default:
                if (Answer.RedirectPath is { } path)
                {
                    Response.Headers.Location = path;
                    return StatusCode(StatusCodes.Status303SeeOther);
                }
                // No page for what was asked: the topics, in a page that search engines leave out.
                ViewData["NoIndex"] = true;
                return Page();
        }
    }

    InfobuttonFeed Feed() => InfobuttonFeed.Of(Answer, SiteOrigin.Of(Request), content.Value.LastReviewedDate, DateTimeOffset.UtcNow);

    async Task<IActionResult> ProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = status, Title = title, Detail = detail } });
        return new EmptyResult();
    }
}
