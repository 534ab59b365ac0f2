using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// <c>GET /calculator</c>: the form and the day's result, all from the query string. A submission of the
/// no-JavaScript form is answered with a 303 to the canonical link when every field can be read, and
/// otherwise shown back with a message beside what was refused; everything else renders with status 200,
/// messages beside the fields that need them, and the valid parts still calculated.
/// </summary>
[ServerTiming]
public sealed class CalculatorModel(CalculatorEvaluator evaluator, FoodSearch foodSearch, ReferenceData reference) : PageModel
{
    public const int SearchResultLimit = 10;

    public Calculation Calculation { get; private set; } = null!;
    public IReadOnlyList<FeaturedFood> Featured { get; private set; } = [];
    public string? SearchQuery { get; private set; }
    public FoodSearchResult Search { get; private set; } = new([], []);
    public bool Embed { get; private set; }
    /// <summary>This result's canonical link (path and query), to bookmark, print or send; null while something is not valid.</summary>
    public string? Link { get; private set; }
    /// <summary>Each food's share of the day's potassium, drawn on the server; null when there is nothing to share.</summary>
    public BarChart? ItemChart { get; private set; }

    /// <summary>
    /// The link a result's QR code carries (<c>id="result-qr"</c>, on every result and its print): the canonical link,
    /// or while something is not valid the link as written, which opens this same page with its messages; never with
    /// the embed switch, so a phone opens the full page.
    /// </summary>
    public string QrLink => Calculation.HasErrors ? CalculatorLink.AsWritten(Input.Text).ToUrl() : CalculatorLink.Canonical(Input).ToUrl();

    public CalculatorInput Input => Calculation.Input;
    public IntakeResult Result => Calculation.Result;

    /// <summary>Whether there is a result to show: foods, tablets, a target, or a target field to answer about.</summary>
    public bool HasAnything => Input.Items.Count > 0 || Input.Text.HasAny(P.Supplements) || Result.Target is not null
        || Calculation.TargetFieldInvalid || Calculation.LimitGiven;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Embed = Site.Embed.IsOn(HttpContext);
        if (CalculatorForm.IsSubmission(Request.Query))
        {
            var reading = CalculatorForm.Read(Request.Query);
            if (reading.Refused.Count == 0)
            {
                Response.Headers.Location = reading.RedirectUrl;
                return StatusCode(StatusCodes.Status303SeeOther);
            }
            Calculation = await evaluator.EvaluateAsync(reading.Text, reading.Refused, cancellationToken);
            SearchQuery = reading.Link.Search;
        }
        else
        {
            Calculation = await evaluator.EvaluateAsync(Request.Query, cancellationToken);
            SearchQuery = Request.Query[CalculatorForm.SearchField].FirstOrDefault()?.Trim();
        }

        Featured = await reference.FeaturedFoodsAsync(cancellationToken);
        if (FoodSearch.CanSearch(SearchQuery))
            Search = foodSearch.Search(SearchQuery, SearchResultLimit);
        Link = Calculation.HasErrors ? null : CalculatorLink.Canonical(Input, embed: Embed).ToUrl();
        ItemChart = ShareChart(Calculation);
        return Page();
    }

    static BarChart? ShareChart(Calculation calculation)
    {
        var total = calculation.Result.Totals.PotassiumMg;
        if (total <= 0) return null;
        var rows = calculation.Lines.Where(l => l.Amounts is not null).Select(l => (NameOf(l.Item.Food!).Name, l.Amounts!.PotassiumMg)).ToList();
        if (calculation.Result.SupplementMg > 0) rows.Add(("Potassium tablets", calculation.Result.SupplementMg));
        return new BarChart("item-share-chart", "Where today's potassium came from", "mg",
            rows.Select(r => ($"{r.Item1} ({Site.Format.Percent(r.Item2 / total * 100)}%)", r.Item2)));
    }

    /// <summary>
    /// How the calculator names a food: its everyday name where the everyday-foods list has one, with the
    /// USDA description beside it for those who want it; the description alone otherwise.
    /// </summary>
    public static (string Name, string? UsdaDescription) NameOf(Food food) =>
        (food.DisplayName, food.Everyday is null ? null : food.Description);

    /// <summary>This page with a search for <paramref name="query"/> (an everyday name search offered instead of nothing).</summary>
    public string SearchLink(string query) => CalculatorLink.AsWritten(Input.Text, query, Embed).ToUrl() + "#add-foods";

    /// <summary>The id of the field a parameter's message belongs beside (the error summary links to it).</summary>
    public static string FieldId(string parameter) => parameter switch
    {
        P.Sex => "sex-female",
        P.Items => "foods",
        P.SupplementMg or P.SupplementMeq or P.SupplementKclMg => CalculatorForm.StrengthField,
        P.LimitMg or P.LimitMeq => CalculatorForm.LimitField,
        _ => parameter,
    };

    /// <summary>The strength as written, for the form's strength field, and the unit chosen beside it.</summary>
    public (string? Text, string Unit) StrengthField() =>
        Input.Text[P.SupplementMeq] is { } meq ? (meq, CalculatorForm.MeqUnit)
        : Input.Text[P.SupplementKclMg] is { } kcl ? (kcl, CalculatorForm.PotassiumChlorideMgUnit)
        : (Input.Text[P.SupplementMg], CalculatorForm.PotassiumMgUnit);

    /// <summary>The limit as the form's one field shows it: mg as a bare number, mEq with its unit.</summary>
    public string? LimitFieldText() =>
        Input.Text[P.LimitMeq] is { } meq && Input.Text[P.LimitMg] is null ? $"{meq} mEq" : Input.Text[P.LimitMg];
}
