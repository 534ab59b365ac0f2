using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Articles;

/// <summary>Every figure on /food-sources is checked against the database the page reads.</summary>
[Collection(AppCollection.Name)]
public sealed partial class FoodSourcesPageTests(AppFixture app)
{
    async Task<T> Query<T>(Func<CrampInfoDb, Task<T>> query)
    {
        using var scope = app.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrampInfoDb>());
    }

    async Task<(Food Food, Portion Portion)> PortionAsync(string ndb, int seq) => await Query(async db =>
    {
        var food = await db.Foods.Include(f => f.Portions).SingleAsync(f => f.Ndb == ndb, TestContext.Current.CancellationToken);
        return (food, food.Portions.Single(p => p.Seq == seq));
    });

    static int Mg(Food food, Portion portion) =>
        (int)Math.Round(food.PotassiumMgPer100g * portion.Grams / 100, MidpointRounding.AwayFromZero);

    static int Number(string text) => int.Parse(FirstNumber().Match(text).Value.Replace(",", ""), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Adequate_intake_table_shows_the_18_rows_of_the_database_in_order()
    {
        var rows = await Query(db => db.ReferenceIntakes.OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken));
        var page = await app.Client.DocumentAsync("/food-sources");
        var shown = page.QuerySelectorAll("#adequate-intakes tbody tr");

        Assert.Equal(18, rows.Count);
        Assert.Equal(rows.Count, shown.Length);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = shown[i].Children;
            Assert.Equal(rows[i].AdequateIntakeMg, Number(cells[2].TextContent));
            var age = cells[1].TextContent;
            if (rows[i].AgeFromYears >= 1)
            {
                Assert.StartsWith(((int)rows[i].AgeFromYears).ToString(CultureInfo.InvariantCulture) + " ", age);
                if (rows[i].AgeToYears is { } to) Assert.Contains($"to {to - 1:0} years", age);
                else Assert.Contains("and over", age);
            }
            var who = cells[0].TextContent;
            if (rows[i].Sex == "male") Assert.Matches("Boys|Men", who);
            if (rows[i].LifeStage == "pregnancy") Assert.Contains("Pregnant", who);
            if (rows[i].LifeStage == "lactation") Assert.Contains("Breastfeeding", who);
        }
    }

    [Fact]
    public async Task Five_foods_table_shows_each_article_food_with_figures_from_the_database()
    {
        var (women, men) = await AdultIntakesAsync();
        var page = await app.Client.DocumentAsync("/food-sources");
        var shown = page.QuerySelectorAll("#five-foods tbody tr");

        Assert.Equal(ArticleFoods.All.Count, shown.Length);
        foreach (var reference in ArticleFoods.All)
        {
            var row = shown.Single(r => r.GetAttribute("data-ndb") == reference.Ndb && r.GetAttribute("data-seq") == reference.Seq.ToString());
            var (food, portion) = await PortionAsync(reference.Ndb, reference.Seq);
            var unrounded = food.PotassiumMgPer100g * portion.Grams / 100;
            var cells = row.Children;
            Assert.Contains(food.Description, cells[0].TextContent);
            Assert.Contains(portion.Measure, cells[1].TextContent);
            Assert.Equal(Mg(food, portion), Number(cells[2].TextContent));
            Assert.Equal((int)Math.Round(unrounded / women * 100, MidpointRounding.AwayFromZero), Number(cells[3].TextContent));
            Assert.Equal((int)Math.Round(unrounded / men * 100, MidpointRounding.AwayFromZero), Number(cells[4].TextContent));
        }
        var header = page.QuerySelector("#five-foods thead")!.TextContent;
        Assert.Contains(women.ToString("#,##0", CultureInfo.InvariantCulture) + " mg", header);
        Assert.Contains(men.ToString("#,##0", CultureInfo.InvariantCulture) + " mg", header);
    }

    [Fact]
    public async Task Fresh_plums_and_prunes_are_told_apart_with_figures_from_the_database()
    {
        var page = await app.Client.DocumentAsync("/food-sources");
        var plumRow = page.QuerySelector($"#five-foods tr[data-ndb='{ArticleFoods.Plum.Ndb}'] th")!.TextContent;
        var pruneRow = page.QuerySelector($"#five-foods tr[data-ndb='{ArticleFoods.Prune.Ndb}'] th")!.TextContent;
        Assert.Contains("fresh", plumRow, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dried", pruneRow, StringComparison.OrdinalIgnoreCase);

        var (plum, plumPortion) = await PortionAsync(ArticleFoods.Plum.Ndb, ArticleFoods.Plum.Seq);
        var (prune, prunePortion) = await PortionAsync(ArticleFoods.Prune.Ndb, ArticleFoods.Prune.Seq);
        var section = TextAfter(page, "plums-and-prunes");
        Assert.Contains($"{Math.Round(prune.PotassiumMgPer100g, MidpointRounding.AwayFromZero):#,##0} mg in each 100 grams", section);
        Assert.Contains($"only {Math.Round(plum.PotassiumMgPer100g, MidpointRounding.AwayFromZero):#,##0} mg", section);
        Assert.Contains($"One plum gives {Mg(plum, plumPortion)} mg", section);
        Assert.Contains($"gives {Mg(prune, prunePortion)} mg", section);
        var count = CrampInfo.Web.Pages.FoodSourcesModel.PrunesInAHandful;
        var handful = (int)Math.Round(prune.PotassiumMgPer100g * prunePortion.Grams / 100 * count, MidpointRounding.AwayFromZero);
        Assert.Contains($"{count} prunes gives about {handful:#,##0} mg", section);
    }

    [Fact]
    public async Task Richest_foods_are_the_everyday_foods_with_the_most_potassium_in_their_plan_portion()
    {
        // The rule of the public interface, computed here from the shipped files rather than by the page's code.
        var foods = SeedData.Foods().ToDictionary(f => f.Ndb);
        var portions = SeedData.Portions().ToDictionary(p => (p.Ndb, p.Seq));
        var expected = SeedData.EverydayFoods()
            .Select(e => (e.Ndb, e.PlanSeq, Mg: foods[e.Ndb].PotassiumMgPer100g * portions[(e.Ndb, e.PlanSeq)].Grams / 100))
            .OrderByDescending(e => e.Mg).Take(RichestFoods.Count).ToList();

        var page = await app.Client.DocumentAsync("/food-sources");
        var shown = page.QuerySelectorAll("#richest-foods tbody tr");
        Assert.Equal(expected.Select(e => $"{e.Ndb}:{e.PlanSeq}"), shown.Select(r => $"{r.GetAttribute("data-ndb")}:{r.GetAttribute("data-seq")}"));
        foreach (var (row, want) in shown.Zip(expected))
        {
            Assert.Equal((long)Math.Round(want.Mg, MidpointRounding.AwayFromZero), Number(row.Children[2].TextContent));
            var everyday = SeedData.EverydayFoods().Single(e => e.Ndb == want.Ndb);
            Assert.StartsWith(everyday.Name, row.Children[0].TextContent.Trim());
            Assert.Contains(foods[want.Ndb].Description, row.Children[0].TextContent);
            var sodium = foods[want.Ndb].SodiumMgPer100g is { } na ? $"{Math.Round(na * portions[(want.Ndb, want.PlanSeq)].Grams / 100, MidpointRounding.AwayFromZero):#,0} mg" : "not known";
            Assert.Equal(sodium, row.Children[3].TextContent.Trim());
        }

        // Foods over the label's "high" sodium are named under the table.
        var salty = TextAfter(page, "richest");
        foreach (var row in shown.Where(r => Number(r.Children[3].TextContent) > 460))
            Assert.Contains(SeedData.EverydayFoods().Single(e => e.Ndb == row.GetAttribute("data-ndb")).Name.ToLowerInvariant(), salty);
    }

    [Fact]
    public async Task Charts_are_svg_with_a_text_alternative_and_the_same_figures_as_their_tables()
    {
        var page = await app.Client.DocumentAsync("/food-sources");
        foreach (var (chartId, tableId) in new[] { ("five-foods-chart", "five-foods"), ("richest-chart", "richest-foods") })
        {
            var svg = page.QuerySelector($"svg[aria-labelledby^='{chartId}-title']");
            Assert.NotNull(svg);
            Assert.Equal("img", svg.GetAttribute("role"));
            var description = page.GetElementById($"{chartId}-desc")!.TextContent;
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById($"{chartId}-title")!.TextContent));
            Assert.Empty(svg.QuerySelectorAll("[style]"));

            var figures = page.QuerySelectorAll($"#{tableId} tbody tr").Select(r => r.Children[2].TextContent.Trim()).ToList();
            Assert.Equal(figures.Count, svg.QuerySelectorAll("rect").Length);
            Assert.Equal(figures, svg.QuerySelectorAll("text.bar-value").Select(t => t.TextContent.Trim()));
            Assert.All(figures, f => Assert.Contains(f, description));
            // Bar lengths follow the figures: the longest bar is the richest food.
            var widths = svg.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!.TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(widths.OrderByDescending(w => w), widths);
        }
    }

    [Fact]
    public async Task Supplement_figures_come_from_the_reference_figures_and_the_database()
    {
        var (women, men) = await AdultIntakesAsync();
        var text = TextAfter(await app.Client.DocumentAsync("/food-sources"), "supplements");
        var otc = ReferenceFigures.OverTheCounterMaxMg.Value;
        Assert.Contains($"hold {otc:0} mg of potassium or less", text);
        Assert.Contains($"about {Math.Round(otc / ReferenceFigures.DailyValueMg.Value * 100, MidpointRounding.AwayFromZero):0}% of the Daily Value", text);
        Assert.Contains($"about {Math.Round(otc / women * 100, MidpointRounding.AwayFromZero):0}% of what a woman needs", text);
        Assert.Contains($"{Math.Round(otc / men * 100, MidpointRounding.AwayFromZero):0}% of what a man needs", text);
        Assert.Contains($"One mEq of potassium is {ReferenceFigures.MgPerMeq.Value:0.0} mg", text);
    }

    async Task<(int Women, int Men)> AdultIntakesAsync() => await Query(async db =>
    {
        var adults = await db.ReferenceIntakes.Where(r => r.LifeStage == "adult" && r.AgeFromYears == 19).ToListAsync(TestContext.Current.CancellationToken);
        return (adults.Single(r => r.Sex == "female").AdequateIntakeMg, adults.Single(r => r.Sex == "male").AdequateIntakeMg);
    });

    /// <summary>The text from the heading with this id up to the next heading of the same or a higher level.</summary>
    static string TextAfter(IDocument page, string headingId)
    {
        var heading = page.GetElementById(headingId)!;
        var level = heading.LocalName[1];
        var text = new List<string>();
        for (var e = heading.NextElementSibling; e is not null && !(e.LocalName.Length == 2 && e.LocalName[0] == 'h' && e.LocalName[1] <= level); e = e.NextElementSibling)
            text.Add(e.TextContent);
        return Regex.Replace(string.Join(" ", text), @"\s+", " ");
    }

    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex FirstNumber();
}
