namespace CrampInfo.Web.Security;

/// <summary>
/// A query string no longer than any real calculator link needs; longer gets the friendly 414. Kestrel's own cap on
/// the request line sits above it, so an overlong link reaches this check rather than Kestrel's bare refusal.
/// </summary>
public sealed class QueryStringCap(RequestDelegate next)
{
    /// <summary>
    /// Longest query string (with its '?') the site reads. The longest valid calculator link is about 1,100
    /// characters: 30 items at their longest (<c>NNNNN:NNNN:5000.0000000000</c>) with ':' and ',' percent-encoded,
    /// plus every other parameter at its longest; the no-JavaScript form's own submission (30 food rows, 10 search
    /// results, a search text) stays near 1,500. 16,384 is ten times that: room for a clinic's tracking
    /// parameters, and a pasted list of up to about 1,000 short items still reaches the calculator, whose message
    /// names the 30-item limit, rather than a bare refusal.
    /// </summary>
    public const int MaxQueryStringLength = 16 * 1024;

    /// <summary>
    /// Kestrel's cap on the request line (method, path, query, version), raised from its 8 KB default to stay above
    /// <see cref="MaxQueryStringLength"/> with room for any path; longer gets Kestrel's bare 414 without being buffered.
    /// </summary>
    public const int MaxRequestLineBytes = 32 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.Value?.Length > MaxQueryStringLength && !ReExecution.IsReExecuted(context))
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
