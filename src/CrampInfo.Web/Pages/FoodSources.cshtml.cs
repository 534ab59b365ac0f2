using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Pages;

/// <summary>/food-sources: how much potassium people need, the article's five foods, the richest foods per
/// portion and what supplements hold. Every food and intake figure is read from the database.</summary>
public sealed class FoodSourcesModel(CrampInfoDb db, FoodTable table) : PageModel
{
    /// <summary>Plain names for the article's five foods; the USDA name is shown beside each.</summary>
    static readonly Dictionary<FoodPortionRef, string> PlainNames = new()
    {
        [ArticleFoods.Banana] = "Banana",
        [ArticleFoods.BakedPotato] = "Baked potato, with its skin",
        [ArticleFoods.Plum] = "Plum, fresh",
        [ArticleFoods.Raisins] = "Raisins",
        [ArticleFoods.Prune] = "Prune (a dried plum)",
    };

    /// <summary>How many prunes make a handful, for the plums-and-prunes comparison.</summary>
    public const int PrunesInAHandful = 5;

    public IReadOnlyList<ReferenceIntake> Intakes { get; private set; } = [];
    public AdultIntakes Adults { get; private set; } = null!;
    public IReadOnlyList<(string Name, FoodPortionFigure Figure)> FiveFoods { get; private set; } = [];
    public FoodPortionFigure Plum { get; private set; } = null!;
    public FoodPortionFigure Prune { get; private set; } = null!;
    public IReadOnlyList<FoodPortionFigure> Richest { get; private set; } = [];
    /// <summary>The richest foods that are also high in sodium, named under the table.</summary>
    public IReadOnlyList<FoodPortionFigure> SaltyRichest => Richest.Where(f => f.SodiumMg > (decimal)ReferenceFigures.HighSodiumPerPortionMg.Value).ToList();
    public int EverydayFoodCount => table.EverydayFoods.Count;
    public double MaxPlanPortionGrams => EverydayFood.MaxPlanPortionGrams;
    public BarChart FiveFoodsChart { get; private set; } = null!;
    public BarChart RichestChart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Intakes = await db.ReferenceIntakes.OrderBy(r => r.Id).ToListAsync(cancellationToken);
        Adults = await AdultIntakes.LoadAsync(db, cancellationToken);

        FoodPortionFigure FigureOf(FoodPortionRef r)
        {
            var food = table.Find(r.Ndb)!;
            return new FoodPortionFigure(food, food.Portions.Single(p => p.Seq == r.Seq));
        }
        FiveFoods = ArticleFoods.All
            .Select(r => (Name: PlainNames[r], Figure: FigureOf(r)))
            .OrderByDescending(f => f.Figure.PotassiumMg)
            .ToList();
        Plum = FigureOf(ArticleFoods.Plum);
        Prune = FigureOf(ArticleFoods.Prune);

        Richest = RichestFoods.Top(table, RichestFoods.Count);

        FiveFoodsChart = new BarChart("five-foods-chart", "Potassium in one portion of each of the article's five foods", "mg",
            FiveFoods.Select(f => ($"{f.Name}, {f.Figure.PortionText}", f.Figure.PotassiumMg)));
        RichestChart = new BarChart("richest-chart", $"The {Richest.Count} foods with the most potassium per portion", "mg",
            Richest.Select(f => ($"{f.Name}, {f.PortionText}", f.PotassiumMg)));
    }

    /// <summary>A row's age range as NASEM writes it: "0 to 6 months", "19 to 50 years", "71 years and over".</summary>
    public static string AgeRange(ReferenceIntake row) => (row.AgeFromYears, row.AgeToYears) switch
    {
        (0, 0.5) => "0 to 6 months",
        (0.5, 1) => "7 to 12 months",
        (var from, null) => $"{from:0} years and over",
        (var from, var to) => $"{from:0} to {to - 1:0} years",
    };

    /// <summary>Who a row is for, in plain words.</summary>
    public static string Who(ReferenceIntake row) => (row.LifeStage, row.Sex) switch
    {
        ("infant", _) => "Babies",
        ("child", _) => "Children",
        ("adolescent", "male") => "Boys",
        ("adolescent", _) => "Girls",
        ("pregnancy", _) => "Pregnant",
        ("lactation", _) => "Breastfeeding",
        (_, "male") => "Men",
        _ => "Women",
    };
}
