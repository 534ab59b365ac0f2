using System.Globalization;
using CrampInfo.Web.Data;
using CrampInfo.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Pages;

/// <summary>
/// /for-clinics: how to self-host, link with pre-filled values and embed; and a link builder (a GET form
/// with the calculator's own parameters) that checks the values and shows the canonical calculator link
/// and an iframe snippet for it.
/// </summary>
public sealed class ForClinicsModel(CrampInfoDb db, SiteSettings site) : PageModel
{
    static readonly LinkBuilderValidator validator = new();

    public LinkBuilderInput Input { get; private set; } = new();
    public Dictionary<string, List<string>> Errors { get; } = [];
    /// <summary>The calculator link, relative to this site, once the form is valid.</summary>
    public string? CalculatorLink { get; private set; }
    public IReadOnlyList<ItemShown> ItemsShown { get; private set; } = [];
    public IReadOnlyList<FeaturedFoodShown> FeaturedFoods { get; private set; } = [];

    /// <summary>This site's address as the browser reached it (through a trusted proxy, its scheme).</summary>
    public string SiteOrigin => $"{Request.Scheme}://{Request.Host}";
    public string? AbsoluteLink => CalculatorLink is null ? null : SiteOrigin + CalculatorLink;
    public string? EmbedLink => AbsoluteLink is null ? null : AbsoluteLink + (AbsoluteLink.Contains('?') ? "&" : "?") + $"{Embed.Parameter}={Embed.On}";
    public string? IframeSnippet => EmbedLink is null ? null :
        $"<iframe src=\"{EmbedLink.Replace("&", "&amp;")}\" title=\"Potassium intake calculator (CrampInfo)\" loading=\"lazy\" style=\"width: 100%; height: 60rem; border: 0\"></iframe>";

    public sealed record ItemShown(string Code, string Food, string Portion, double Grams);
    public sealed record FeaturedFoodShown(string Code, string Food, string Portion);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        FeaturedFoods = await LoadFeaturedFoodsAsync(cancellationToken);
        Input = LinkBuilderInput.FromQuery(Request.Query);
        if (!Input.Submitted) return;
        // A filled-in link can carry health information: keep it out of search engines.
        ViewData["NoIndex"] = true;

        var result = await validator.ValidateAsync(Input, cancellationToken);
        foreach (var error in result.Errors) AddError(error.PropertyName.Split('[')[0], error.ErrorMessage);
        // Each well-formed item is also checked against the food table, so every mistake shows at once.
        var items = Input.ItemList.Select(LinkItem.Parse).OfType<LinkItem>().Take(LinkBuilderValidator.MaxItems).ToList();
        if (items.Count > 0) ItemsShown = await DescribeItemsAsync(items, cancellationToken);
        if (Errors.Count == 0) CalculatorLink = CanonicalLink(Input, items);
    }

    /// <summary>
    /// The calculator's canonical link (public interface): the parameters in a fixed order, numbers without
    /// padding, and <c>items</c> joined with commas, e.g. <c>/calculator?age=45&amp;sex=female&amp;items=09040:5:2,11674:3:1</c>.
    /// Every value has passed its rule, so it holds only digits, points, letters, colons and commas.
    /// </summary>
    public static string CanonicalLink(LinkBuilderInput input, IReadOnlyList<LinkItem> items)
    {
        var parts = new List<string>();
        foreach (var name in LinkBuilderInput.Parameters)
        {
            if (name == LinkBuilderInput.Items)
            {
                if (items.Count > 0) parts.Add($"{name}={string.Join(',', items)}");
                continue;
            }
            var value = input[name];
            if (value is null) continue;
            parts.Add($"{name}={(LinkNumbers.TryParse(value, out var number) ? LinkNumbers.Format(number) : value)}");
        }
        return parts.Count == 0 ? "/calculator" : "/calculator?" + string.Join('&', parts);
    }

    async Task<IReadOnlyList<ItemShown>> DescribeItemsAsync(IReadOnlyList<LinkItem> items, CancellationToken cancellationToken)
    {
        var numbers = items.Select(i => i.Ndb).Distinct().ToList();
        var foods = await db.Foods.Include(f => f.Portions).Where(f => numbers.Contains(f.Ndb)).ToDictionaryAsync(f => f.Ndb, cancellationToken);
        var shown = new List<ItemShown>();
        foreach (var item in items)
        {
            if (!foods.TryGetValue(item.Ndb, out var food))
            {
                AddError(LinkBuilderInput.Items, $"{item}: there is no food number {item.Ndb} in the food table.");
                continue;
            }
            if (item.InGrams)
            {
                if (item.Quantity > 5000) AddError(LinkBuilderInput.Items, $"{item}: at most 5000 g of one food.");
                shown.Add(new(item.ToString(), food.Description, $"{LinkNumbers.Format(item.Quantity)} g", (double)item.Quantity));
                continue;
            }
            var portion = food.Portions.FirstOrDefault(p => p.Seq == item.PortionSeq);
            if (portion is null)
            {
                var known = string.Join(", ", food.Portions.OrderBy(p => p.Seq).Select(p => p.Seq.ToString(CultureInfo.InvariantCulture)));
                AddError(LinkBuilderInput.Items, $"{item}: {food.Description} has no portion {item.PortionSeq}; its portions are {known}, or g for grams.");
                continue;
            }
            var grams = portion.Grams * (double)item.Quantity;
            if (grams > 5000) AddError(LinkBuilderInput.Items, $"{item}: that is {grams:0} g; at most 5000 g of one food.");
            shown.Add(new(item.ToString(), food.Description,
                $"{LinkNumbers.Format(item.Quantity)} × {Describe(portion)} ({portion.Grams:0.#} g each)", grams));
        }
        return shown;
    }

    async Task<IReadOnlyList<FeaturedFoodShown>> LoadFeaturedFoodsAsync(CancellationToken cancellationToken)
    {
        var numbers = site.FeaturedFoods.Select(f => f.Ndb).ToList();
        var foods = await db.Foods.Include(f => f.Portions).Where(f => numbers.Contains(f.Ndb)).ToDictionaryAsync(f => f.Ndb, cancellationToken);
        return site.FeaturedFoods
            .Select(f => (Featured: f, Food: foods.GetValueOrDefault(f.Ndb)))
            .Select(x => (x.Featured, x.Food, Portion: x.Food?.Portions.FirstOrDefault(p => p.Seq == x.Featured.Seq)))
            .Where(x => x.Food is not null && x.Portion is not null)
            .Select(x => new FeaturedFoodShown($"{x.Featured.Ndb}:{x.Featured.Seq}", x.Food!.Description,
                $"{Describe(x.Portion!)}, {x.Portion!.Grams:0.#} g"))
            .ToList();
    }

    /// <summary>"medium (7\" to 7-7/8\" long)" for one; "50 raisins" where the listed amount is not 1.</summary>
    static string Describe(Portion portion) =>
        portion.Amount == 1 ? portion.Measure : $"{portion.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {portion.Measure}";

    void AddError(string parameter, string message)
    {
        if (!Errors.TryGetValue(parameter, out var list)) Errors[parameter] = list = [];
        list.Add(message);
    }

    public bool HasError(string parameter) => Errors.ContainsKey(parameter);

    /// <summary>The field's id on the page.</summary>
    public static string FieldId(string parameter) => "f-" + parameter;

    /// <summary>Where the error summary's link for a parameter leads: its field, or a choice's first button.</summary>
    public static string ErrorTarget(string parameter) =>
        parameter is LinkBuilderInput.Sex or LinkBuilderInput.Stage ? FieldId(parameter) + "-none" : FieldId(parameter);
}
