using CrampInfo.Web.Data;

namespace CrampInfo.Tests.Search;

/// <summary>
/// The everyday-foods list (src/CrampInfo.Web/SeedData/everyday-foods/) against the rules its README states: every
/// row a real food and portion of the food table, plan portions a person eats at one sitting, the potassium-rich
/// mark by its one rule, names and groups as the README says. A row that breaks a rule fails here.
/// </summary>
public sealed partial class EverydayFoodsListTests
{
    static readonly IReadOnlyList<EverydayFood> List = SeedData.EverydayFoods().ToList();
    static readonly Dictionary<string, Food> Foods = SeedData.Foods().ToDictionary(f => f.Ndb);
    static readonly ILookup<string, Portion> Portions = SeedData.Portions().ToLookup(p => p.Ndb);

    /// <summary>The README's groups, in the order the list gives them.</summary>
    static readonly string[] Groups =
    [
        "fruit", "dried fruit", "vegetables", "legumes", "grains", "nuts and seeds", "dairy", "eggs", "meat", "poultry",
        "fish", "drinks", "snacks and sweets", "mixed dishes", "fats and condiments",
    ];

    /// <summary>Groups whose foods a plan may suggest (the README's rule 2).</summary>
    static readonly string[] PlanGroups = ["fruit", "dried fruit", "vegetables", "legumes", "grains", "nuts and seeds", "dairy", "drinks"];

    static Portion PlanPortion(EverydayFood row) => Portions[row.Ndb].Single(p => p.Seq == row.PlanSeq);

    static decimal PlanPotassiumMg(EverydayFood row) =>
        CrampInfo.Web.Intake.IntakeCalculator.Per100g((decimal)Foods[row.Ndb].PotassiumMgPer100g, (decimal)PlanPortion(row).Grams);

    [Fact]
    public void The_list_holds_at_least_400_foods_in_every_group()
    {
        Assert.True(List.Count >= 400, $"{List.Count} foods");
        Assert.All(Groups, group => Assert.Contains(List, row => row.Group == group));
    }

    [Fact]
    public void Each_row_is_a_food_of_the_table_once_with_a_plan_portion_of_at_most_250_g()
    {
        Assert.Equal(List.Count, List.Select(r => r.Ndb).Distinct().Count());
        Assert.All(List, row =>
        {
            Assert.True(Foods.ContainsKey(row.Ndb), $"{row.Ndb} is not in foods.csv");
            Assert.True(Portions[row.Ndb].Any(p => p.Seq == row.PlanSeq), $"{row.Name}: {row.Ndb} has no portion {row.PlanSeq}");
            Assert.True(PlanPortion(row).Grams <= EverydayFood.MaxPlanPortionGrams, $"{row.Name}: plan portion {PlanPortion(row).Grams} g");
        });
    }

    [Fact]
    public void Groups_are_the_readmes_and_in_its_order()
    {
        Assert.All(List, row => Assert.Contains(row.Group, Groups));
        var order = List.Select(r => Array.IndexOf(Groups, r.Group)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Names_are_unique_and_written_as_the_readme_says()
    {
        Assert.Equal(List.Count, List.Select(r => r.Name.ToLowerInvariant()).Distinct().Count());
        Assert.All(List, row =>
        {
            Assert.True(char.IsUpper(row.Name[0]), $"'{row.Name}' starts with a capital");
            Assert.True(row.Name.Length <= 40, $"'{row.Name}' is short enough for a phone");
            Assert.DoesNotMatch(@"\b[A-Z]{3,}\b", row.Name); // no brand, as SR28 writes them, in capitals
        });
    }

    [Fact]
    public void Synonyms_are_lower_case_and_do_not_repeat_the_name()
    {
        Assert.All(List, row => Assert.All(row.Synonyms, synonym =>
        {
            Assert.Equal(synonym.ToLowerInvariant(), synonym);
            Assert.NotEqual(row.Name.ToLowerInvariant(), synonym);
        }));
    }

    [Fact]
    public void Potassium_rich_means_more_than_200_mg_in_the_plan_portion_of_a_food_a_plan_may_suggest() =>
        Assert.All(List, row =>
        {
            var expected = PlanPotassiumMg(row) > EverydayFood.PotassiumRichAboveMg && PlanGroups.Contains(row.Group) && !IsAlcoholic(row)
                && !FriedOrSugared().IsMatch(Foods[row.Ndb].Description);
            Assert.True(expected == row.PotassiumRich,
                $"{row.Name} ({row.Ndb}): {PlanPotassiumMg(row):0} mg in {PlanPortion(row).Measure}, marked {(row.PotassiumRich ? "yes" : "no")}");
        });

    /// <summary>The README's rule 4: fried foods and foods with added sugar are never plan foods.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!stir-)\bfried\b|\bsyrup\b|\bwith sugar\b|\bsweetened\b|\bchocolate\b|\bcocoa\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FriedOrSugared();

    static bool IsAlcoholic(EverydayFood row) => Foods[row.Ndb].Description.Contains("Alcoholic beverage", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("09040", 5)]  // banana, medium
    [InlineData("11674", 3)]  // baked potato, medium
    [InlineData("09279", 2)]  // plum
    [InlineData("09298", 4)]  // raisins, small box
    public void The_articles_foods_are_on_the_list_in_the_articles_portions(string ndb, int seq) =>
        Assert.Equal(seq, List.Single(r => r.Ndb == ndb).PlanSeq);
}
