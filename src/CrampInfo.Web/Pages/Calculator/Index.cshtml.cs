using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>A food row of the form: the item as typed, its food where known, its amounts where valid, its messages.</summary>
public sealed record ItemRow(int Index, ItemText Text, Food? Food, ItemAmounts? Amounts, IReadOnlyList<string> Errors);

/// <summary>
/// <c>GET /calculator</c>: the form and the day's result, all from the query string. A submission of the
/// no-JavaScript form is answered with a 303 to the canonical link; everything else renders with status 200,
/// messages beside the fields that need them, and the valid parts still calculated.
/// </summary>
public sealed class CalculatorModel(CalculatorEvaluator evaluator, FoodSearch foodSearch) : PageModel
{
    public const int SearchResultLimit = 10;

    public CalculatorOutcome Outcome { get; private set; } = null!;
    public IReadOnlyList<ItemRow> Rows { get; private set; } = [];
    public string? SearchQuery { get; private set; }
    public FoodSearchResult Search { get; private set; } = new([], []);
    public bool Embed { get; private set; }
    /// <summary>This result's canonical link (path and query), to bookmark, print or send.</summary>
    public string Link { get; private set; } = "/calculator";

    public CalculatorInput Input => Outcome.Input;
    public IntakeResult Result => Outcome.Result;
    /// <summary>Each food's share of the day's potassium, drawn on the server; null when there is nothing to share.</summary>
    public BarChart? ItemChart { get; private set; }

    public bool HasAnything => Input.Items.Count > 0 || Input.HasSupplement || Result.Target is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (CalculatorForm.IsSubmission(Request.Query))
        {
            Response.Headers.Location = CalculatorForm.CanonicalUrl(Request.Query);
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        Outcome = await evaluator.EvaluateAsync(Request.Query, cancellationToken);
        Embed = Site.Embed.IsOn(HttpContext);
        SearchQuery = Request.Query[CalculatorForm.SearchField].FirstOrDefault()?.Trim();
        if (FoodSearch.CanSearch(SearchQuery))
            Search = foodSearch.Search(SearchQuery, SearchResultLimit);
        Link = CalculatorLink.Of(Input, embed: Embed).ToUrl();

        var amounts = new Queue<ItemAmounts>(Result.Items);
        Rows = Input.ConsideredItems.Select(i =>
        {
            var errors = Outcome.ErrorsForItem(i.Index).ToList();
            return new ItemRow(i.Index, i.Item, i.Item.NdbValid ? Input.Foods.GetValueOrDefault(i.Item.Ndb) : null,
                errors.Count == 0 ? amounts.Dequeue() : null, errors);
        }).ToList();
        ItemChart = ShareChart(Result);
        return Page();
    }

    static BarChart? ShareChart(IntakeResult result)
    {
        var total = result.Totals.PotassiumMg;
        if (total <= 0) return null;
        var rows = result.Items.Select(i => (i.Food.Description, i.PotassiumMg)).ToList();
        if (result.SupplementMg > 0) rows.Add(("Potassium tablets", result.SupplementMg));
        return new BarChart("item-share-chart", "Where today's potassium came from", "mg",
            rows.Select(r => ($"{r.Item1} ({Site.Format.Percent(r.Item2 / total * 100)}%)", r.Item2)));
    }

    /// <summary>This page with a search for <paramref name="query"/> (an everyday name search offered instead of nothing).</summary>
    public string SearchLink(string query) => CalculatorLink.Of(Input, query, Embed).ToUrl() + "#add-foods";

    /// <summary>The id of the field a parameter's message belongs beside (the error summary links to it).</summary>
    public static string FieldId(string key) => key switch
    {
        CalculatorInput.SexKey => "sex-female",
        CalculatorInput.ItemsKey => "foods",
        CalculatorInput.SupplementMgKey or CalculatorInput.SupplementMeqKey => CalculatorForm.StrengthField,
        _ => key,
    };
}
