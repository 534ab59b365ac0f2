using CrampInfo.Web.Data;
using CrampInfo.Web.Infobutton;
using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.QrCodes;
using CrampInfo.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>
/// /for-clinics: how to self-host, link with pre-filled values and embed; and a link builder, a GET form with
/// the calculator's own parameters. The builder checks them exactly as the calculator does (the same
/// evaluator and validator), then shows the canonical calculator link, its QR code and an iframe snippet for it.
/// Also how a records system links here (/infobutton), with a tester: a GET form with the infobutton's own
/// parameter names that shows what /infobutton answers for a code.
/// </summary>
public sealed class ForClinicsModel(CalculatorEvaluator evaluator, ReferenceData reference) : PageModel
{
    public CalculatorText Text { get; private set; } = CalculatorText.Empty;
    public Dictionary<string, List<string>> Errors { get; } = [];
    /// <summary>The calculator link, relative to this site, once the form is valid.</summary>
    public string? CalculatorLink { get; private set; }
    public IReadOnlyList<ItemShown> ItemsShown { get; private set; } = [];
    public IReadOnlyList<FeaturedFoodShown> FeaturedFoods { get; private set; } = [];
    /// <summary>The built link's QR code (<c>id="link-qr"</c>), once the form is valid.</summary>
    public LinkQr? BuiltLinkQr => CalculatorLink is null ? null
        : LinkQr.Of(HttpContext, "link-qr", CalculatorLink, "Scan to open this link:", QrCodeEndpoints.DownloadHref(CalculatorLink));
    /// <summary>What /infobutton answers for the code system and code in the tester, once one is given.</summary>
    public InfobuttonTest? Test { get; private set; }

    public sealed record InfobuttonTest(string? Code, string? CodeSystemOid, CodeSystem? CodeSystem, InfobuttonAnswer Answer, string Query);

    /// <summary>The codes /infobutton answers, as the shipped table lists them.</summary>
    public static IReadOnlyList<CodeRow> InfobuttonCodes => CodeTable.Shipped.Rows;

    public string InfobuttonAddress => SiteOrigin + InfobuttonModel.Path;

    /// <summary>An /infobutton query for a code, with the answer type when given.</summary>
    public static string InfobuttonQuery(string? codeSystemOid, string? code, string? responseType = null) =>
        string.Join('&', new[]
        {
            (InfobuttonRequest.CodeSystemName, codeSystemOid),
            (InfobuttonRequest.CodeName, code),
            (InfobuttonRequest.ResponseTypeName, responseType),
        }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    /// <summary>This site's address as the browser reached it (through a trusted proxy, its scheme).</summary>
    public string SiteOrigin => $"{Request.Scheme}://{Request.Host}";
    public string? AbsoluteLink => CalculatorLink is null ? null : SiteOrigin + CalculatorLink;
    public string? EmbedLink => AbsoluteLink is null ? null : AbsoluteLink + (AbsoluteLink.Contains('?') ? "&" : "?") + $"{Embed.Parameter}={Embed.On}";
    public string? IframeSnippet => EmbedLink is null ? null :
        $"<iframe src=\"{EmbedLink.Replace("&", "&amp;")}\" title=\"Potassium intake calculator (CrampInfo)\" loading=\"lazy\" style=\"width: 100%; height: 60rem; border: 0\"></iframe>";

    public sealed record ItemShown(string Code, string Food, string Portion);
    public sealed record FeaturedFoodShown(string Code, string Food, string Portion);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TestInfobuttonCode();
        FeaturedFoods = (await reference.FeaturedFoodsAsync(cancellationToken))
            .Select(f => new FeaturedFoodShown($"{f.Food.Ndb}:{f.Portion.Seq}", f.Food.Description, $"{PortionLabel.Of(f.Portion)}, {Format.Grams(f.Portion.Grams)} g"))
            .ToList();
        if (!CalculatorParameters.All.Any(Request.Query.ContainsKey)) return;
        // A filled-in link can carry health information: keep it out of search engines.
        ViewData["NoIndex"] = true;

        // The same slice as the calculator: read once, checked once, by the calculator's own parser and validator.
        var calculation = await evaluator.EvaluateAsync(Request.Query, cancellationToken);
        Text = calculation.Input.Text;
        foreach (var error in calculation.Errors)
        {
            if (!Errors.TryGetValue(error.Parameter, out var list)) Errors[error.Parameter] = list = [];
            list.Add(error.Message);
        }
        ItemsShown = calculation.Lines.Where(l => l.Amounts is not null).Select(l => l.Amounts!.Food).Select(f => new ItemShown(
            $"{f.Ndb}:{f.PortionSeq?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CalculatorParameters.GramsPortion}:{NumberText.Canonical(f.Quantity)}",
            f.Description,
            f.PortionSeq is null ? $"{Format.Grams(f.Grams)} g" : $"{NumberText.Show(f.Quantity)} × {f.Portion} ({Format.Grams(f.Grams / f.Quantity)} g each)")).ToList();
        if (Errors.Count == 0) CalculatorLink = Calculator.CalculatorLink.Canonical(calculation.Input).ToUrl();
    }

    /// <summary>The tester: what /infobutton answers for the code system and code given, read as /infobutton reads them.</summary>
    void TestInfobuttonCode()
    {
        if (!Request.Query.ContainsKey(InfobuttonRequest.CodeName) && !Request.Query.ContainsKey(InfobuttonRequest.CodeSystemName)) return;
        ViewData["NoIndex"] = true;
        var request = InfobuttonRequest.Parse(Request.Query.Where(p => p.Key is InfobuttonRequest.CodeName or InfobuttonRequest.CodeSystemName));
        var criterion = request.Criteria.FirstOrDefault();
        Test = new InfobuttonTest(criterion?.Code, criterion?.CodeSystemText, criterion?.CodeSystem,
            InfobuttonAnswer.For(request, CodeTable.Shipped), InfobuttonQuery(criterion?.CodeSystemText, criterion?.Code));
    }

    /// <summary>A parameter's value as typed, for the form (the foods joined with commas).</summary>
    public string? Value(string parameter) =>
        parameter == CalculatorParameters.Items ? (Text.Items.Count > 0 ? string.Join(", ", Text.Items) : null) : Text[parameter];

    public bool HasError(string parameter) => Errors.ContainsKey(parameter);

    /// <summary>The field's id on the page.</summary>
    public static string FieldId(string parameter) => "f-" + parameter;

    /// <summary>Where the error summary's link for a parameter leads: its field, or a choice's first button.</summary>
    public static string ErrorTarget(string parameter) =>
        parameter is CalculatorParameters.Sex or CalculatorParameters.Stage ? FieldId(parameter) + "-none" : FieldId(parameter);
}
