using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>/food-sources: how much potassium people need, the article's five foods, the richest foods per
/// portion and what supplements hold. Every food and intake figure is read from the database.</summary>
public sealed class FoodSourcesModel(ReferenceData reference, FoodTable table) : PageModel
{
    /// <summary>Plain names for the article's five foods, in English and in Spanish (the words of
    /// docs/glosario.md); the USDA name is shown beside each.</summary>
    static readonly Dictionary<FoodPortionRef, (string English, string Spanish)> PlainNames = new()
    {
        [ArticleFoods.Banana] = ("Banana", "Plátano"),
        [ArticleFoods.BakedPotato] = ("Baked potato, with its skin", "Papa al horno, con cáscara"),
        [ArticleFoods.Plum] = ("Plum, fresh", "Ciruela fresca"),
        [ArticleFoods.Raisins] = ("Raisins", "Pasas"),
        [ArticleFoods.Prune] = ("Prune (a dried plum)", "Ciruela pasa (una ciruela seca)"),
    };

    /// <summary>How many prunes make a handful, for the plums-and-prunes comparison.</summary>
    public const int PrunesInAHandful = 5;

    /// <summary>The prescription dose the page turns from mEq into mg, as an example.</summary>
    public const int ExampleDoseMeq = 20;

    public IReadOnlyList<AdequateIntake> Intakes { get; private set; } = [];
    public AdultIntakes Adults { get; private set; } = null!;
    /// <summary>The article's five foods, the richest portion first, each with its plain name in both languages.</summary>
    public IReadOnlyList<(string Name, string SpanishName, FoodPortionFigure Figure)> FiveFoods { get; private set; } = [];
    public FoodPortionFigure Banana => FiveFoods.Single(f => f.Figure.Ndb == ArticleFoods.Banana.Ndb).Figure;
    public FoodPortionFigure Plum { get; private set; } = null!;
    public FoodPortionFigure Prune { get; private set; } = null!;
    public IReadOnlyList<FoodPortionFigure> Richest { get; private set; } = [];
    /// <summary>The richest foods that are also high in sodium, named under the table.</summary>
    public IReadOnlyList<FoodPortionFigure> SaltyRichest => Richest.Where(f => f.SodiumMg > (decimal)ReferenceFigures.HighSodiumPerPortionMg.Value).ToList();
    public int EverydayFoodCount => table.EverydayFoods.Count;
    public double MaxPlanPortionGrams => EverydayFood.MaxPlanPortionGrams;
    public BarChart FiveFoodsChart { get; private set; } = null!;
    public BarChart RichestChart { get; private set; } = null!;
    public BarChart FiveFoodsChartInSpanish { get; private set; } = null!;
    public BarChart RichestChartInSpanish { get; private set; } = null!;

    /// <summary>An over-the-counter tablet's potassium as a share of an adult's Adequate Intake, in percent (unrounded).</summary>
    public decimal OverTheCounterPercentOfWomen => (decimal)ReferenceFigures.OverTheCounterMaxMg.Value / Adults.WomenMg * 100;
    public decimal OverTheCounterPercentOfMen => (decimal)ReferenceFigures.OverTheCounterMaxMg.Value / Adults.MenMg * 100;

    /// <summary>How many whole over-the-counter tablets hold less potassium than one banana.</summary>
    public int OverTheCounterTabletsInABanana => (int)(Banana.PotassiumMg / (decimal)ReferenceFigures.OverTheCounterMaxMg.Value);

    /// <summary>Potassium in the example dose, in mg.</summary>
    public static double ExampleDoseMg => ExampleDoseMeq * ReferenceFigures.MgPerMeq.Value;

    /// <summary>Potassium in the prescription tablet the page describes (its mEq times the mg in one mEq).</summary>
    public static double TabletPotassiumMg => ReferenceFigures.PotassiumChlorideTabletMeq.Value * ReferenceFigures.MgPerMeq.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var intakes = await reference.AdequateIntakesAsync(cancellationToken);
        Intakes = intakes.Rows;
        Adults = AdultIntakes.From(intakes);

        FoodPortionFigure FigureOf(FoodPortionRef r)
        {
            var food = table.Find(r.Ndb)!;
            return new FoodPortionFigure(food, food.Portions.Single(p => p.Seq == r.Seq));
        }
        FiveFoods = ArticleFoods.All
            .Select(r => (Name: PlainNames[r].English, SpanishName: PlainNames[r].Spanish, Figure: FigureOf(r)))
            .OrderByDescending(f => f.Figure.PotassiumMg)
            .ToList();
        Plum = FigureOf(ArticleFoods.Plum);
        Prune = FigureOf(ArticleFoods.Prune);

        Richest = RichestFoods.Top(table, RichestFoods.Count);

        FiveFoodsChart = new BarChart("five-foods-chart", "Potassium in one portion of each of the article's five foods", "mg",
            FiveFoods.Select(f => ($"{f.Name}, {f.Figure.PortionText}", f.Figure.PotassiumMg)));
        RichestChart = new BarChart("richest-chart", $"The {Richest.Count} foods with the most potassium per portion", "mg",
            Richest.Select(f => ($"{f.Name}, {f.PortionText}", f.PotassiumMg)));
        FiveFoodsChartInSpanish = new BarChart("five-foods-chart", "Potasio en una porción de cada uno de los cinco alimentos del artículo", "mg",
            FiveFoods.Select(f => ($"{f.SpanishName}, {f.Figure.PortionText}", f.Figure.PotassiumMg)));
        // The richest foods keep their English everyday names and measures: the food table holds no Spanish ones.
        RichestChartInSpanish = new BarChart("richest-chart", $"Los {Richest.Count} alimentos con más potasio en una porción", "mg",
            Richest.Select(f => ($"{f.Name}, {f.PortionText}", f.PotassiumMg)));
    }

    /// <summary>A row's age range as NASEM writes it: "0 to 6 months", "19 to 50 years", "71 years and over".</summary>
    public static string AgeRange(AdequateIntake row) => (row.AgeFromYears, row.AgeToYears) switch
    {
        (0, 0.5) => "0 to 6 months",
        (0.5, 1) => "7 to 12 months",
        (var from, null) => $"{from:0} years and over",
        (var from, var to) => $"{from:0} to {to - 1:0} years",
    };

    /// <summary>The same in Spanish: "0 a 6 meses", "19 a 50 años", "71 años o más".</summary>
    public static string AgeRangeInSpanish(AdequateIntake row) => (row.AgeFromYears, row.AgeToYears) switch
    {
        (0, 0.5) => "0 a 6 meses",
        (0.5, 1) => "7 a 12 meses",
        (var from, null) => $"{from:0} años o más",
        (var from, var to) => $"{from:0} a {to - 1:0} años",
    };

    /// <summary>Who a row is for, in plain words.</summary>
    public static string Who(AdequateIntake row) => (row.LifeStage, row.Sex) switch
    {
        ("infant", _) => "Babies",
        ("child", _) => "Children",
        ("adolescent", Sex.Male) => "Boys",
        ("adolescent", _) => "Girls",
        ("pregnancy", _) => "Pregnant",
        ("lactation", _) => "Breastfeeding",
        (_, Sex.Male) => "Men",
        _ => "Women",
    };

    /// <summary>The same in Spanish, as docs/glosario.md names the rows: children of 1 to 8 are "Niños y niñas",
    /// so that "Niños" alone is the boys' rows.</summary>
    public static string WhoInSpanish(AdequateIntake row) => (row.LifeStage, row.Sex) switch
    {
        ("infant", _) => "Bebés",
        ("child", _) => "Niños y niñas",
        ("adolescent", Sex.Male) => "Niños",
        ("adolescent", _) => "Niñas",
        ("pregnancy", _) => "Embarazadas",
        ("lactation", _) => "Dando pecho",
        (_, Sex.Male) => "Hombres",
        _ => "Mujeres",
    };
}
