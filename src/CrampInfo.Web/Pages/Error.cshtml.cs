using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>
/// Where errors and bare status codes end up: a friendly page for people, problem details for the API.
/// An unhandled error gets an id that the page shows and the log records, so a report can be matched.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problemDetails, ILogger<ErrorModel> log) : PageModel
{
    public int Status { get; private set; }
    public string? ErrorId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var originalPath = failure?.Path ?? reExecute?.OriginalPath;

        if (failure is not null)
        {
            Status = StatusCodes.Status500InternalServerError;
            ErrorId = HttpContext.TraceIdentifier;
            log.LogError(failure.Error, "Unhandled error {ErrorId} on {Path}", ErrorId, failure.Path);
        }
        else if (reExecute is not null && code is >= 400 and <= 599)
        {
            Status = code.Value;
        }
        else
        {
            // Someone opened /error directly: there is no error to report, so this address is not a page.
            Status = StatusCodes.Status404NotFound;
            originalPath = Request.Path;
        }
        Response.StatusCode = Status;

        if (originalPath is not null && Security.ApiPaths.IsApi(originalPath))
        {
            var problem = new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Status, Title = Title, Detail = Explanation },
            };
            if (ErrorId is not null) problem.ProblemDetails.Extensions["errorId"] = ErrorId;
            await problemDetails.WriteAsync(problem);
            return new EmptyResult();
        }
        return Page();
    }

    public string Title => Status switch
    {
        400 => "We could not read that request",
        404 => "We cannot find that page",
        405 => "That kind of request is not allowed here",
        414 => "That address is too long",
        429 => "Too many requests",
        503 => "The site is having trouble right now",
        _ => "Something went wrong on our side",
    };

    public string Explanation => Status switch
    {
        400 => "The address may be incomplete or damaged. Try again from the home page.",
        404 => "The address may be mistyped, or the page may have moved.",
        405 => "This site only shows pages. It does not accept uploads or form posts.",
        414 => "The link is longer than this site accepts. Start again from the calculator.",
        429 => "Please wait a minute, then try again.",
        503 => "We cannot reach our food table at the moment. Please try again in a few minutes.",
        _ => "Please try again in a few minutes.",
    };
}
