using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.Site;
using Microsoft.Net.Http.Headers;

namespace CrampInfo.Web.QrCodes;

/// <summary>
/// <c>/for-clinics/qr.svg?QUERY</c>: the QR code of the calculator link the link builder on /for-clinics makes
/// from the same query, as an SVG file to put on a handout. Only this site's own calculator links: the query
/// is read as the calculator's parameters (nothing in it can name another address), checked exactly as the
/// calculator checks them; anything else is a 400 problem.
/// </summary>
public static class QrCodeEndpoints
{
    public const string CalculatorLinkPath = "/for-clinics/qr.svg";
    public const string FileName = "crampinfo-calculator-link.svg";


    public static WebApplication MapCalculatorLinkQrCode(this WebApplication app)
    {
        app.MapGet(CalculatorLinkPath, CalculatorLinkQrAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The query string of <see cref="CalculatorLinkPath"/> for a calculator link (its own query).</summary>
    public static string DownloadHref(string calculatorLink)
    {
        var query = calculatorLink.IndexOf('?');
        return query < 0 ? CalculatorLinkPath : CalculatorLinkPath + calculatorLink[query..];
    }

    static async Task<IResult> CalculatorLinkQrAsync(HttpContext context, CalculatorEvaluator evaluator, CancellationToken cancellationToken)
    {
        // The link can carry health details: no cache may keep the answer.
        context.Response.Headers.CacheControl = "no-store";
        var query = context.Request.Query;
        if (!CalculatorParameters.All.Any(query.ContainsKey))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No calculator link to draw",
                detail: "Give the calculator's parameters, as the link builder on /for-clinics writes them, for example ?age=45&sex=female.");
        var calculation = await evaluator.EvaluateAsync(query, cancellationToken);
        if (calculation.HasErrors)
            return Results.ValidationProblem(calculation.ErrorsByParameter(), title: "Some values in the query string are not valid");
        var url = SiteOrigin.Absolute(context.Request, CalculatorLink.Canonical(calculation.Input).ToUrl());
        if (QrSvg.File(url) is not { } svg)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The link is too long for a QR code");
        context.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{FileName}\"";
        return Results.Text(svg, "image/svg+xml; charset=utf-8");
    }
}
