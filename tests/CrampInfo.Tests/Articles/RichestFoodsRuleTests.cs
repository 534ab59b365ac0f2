using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;

namespace CrampInfo.Tests.Articles;

/// <summary>"Richest foods" as the public interface defines it: everyday foods in their plan portion, by potassium per portion.</summary>
public sealed class RichestFoodsRuleTests
{
    static Food Food(string ndb, double potassiumPer100g, double planGrams, int position, string? name = "A food") => new()
    {
        Ndb = ndb,
        Description = $"Food {ndb}",
        FoodGroup = "Vegetables and Vegetable Products",
        PotassiumMgPer100g = potassiumPer100g,
        Portions =
        [
            new Portion { Ndb = ndb, Seq = 1, Amount = 1, Measure = "cup", Grams = 1000 }, // a measure nobody eats at once
            new Portion { Ndb = ndb, Seq = 2, Amount = 1, Measure = "medium", Grams = planGrams },
        ],
        Everyday = name is null ? null : new EverydayFood { Ndb = ndb, Position = position, Group = "vegetables", Name = $"{name} {ndb}", PlanSeq = 2 },
    };

    [Fact]
    public void Everyday_foods_are_ranked_by_the_potassium_in_their_plan_portion_and_ties_keep_the_list_order()
    {
        var table = new FoodTable([
            Food("00001", potassiumPer100g: 100, planGrams: 100, position: 0),  // 100 mg
            Food("00002", potassiumPer100g: 1000, planGrams: 50, position: 1),  // 500 mg, though the richest per 100 g
            Food("00003", potassiumPer100g: 400, planGrams: 200, position: 2),  // 800 mg
            Food("00004", potassiumPer100g: 250, planGrams: 200, position: 3),  // 500 mg, a tie with 00002: after it
            Food("00005", potassiumPer100g: 5000, planGrams: 250, position: 9, name: null), // off the list: never shown
        ]);
        var top = RichestFoods.Top(table, 3);
        Assert.Equal(["00003", "00002", "00004"], top.Select(f => f.Ndb));
        Assert.All(top, f => Assert.Equal(2, f.Seq)); // the plan portion, not the 1,000 g cup
        Assert.Equal(800, top[0].RoundedMg);
    }

    [Fact]
    public void On_the_shipped_list_the_top_foods_are_in_one_sitting_portions()
    {
        var top = RichestFoods.Top(Search.ShippedFoodTable.Table, RichestFoods.Count);
        Assert.Equal(RichestFoods.Count, top.Count);
        Assert.All(top, f => Assert.True(f.Grams <= EverydayFood.MaxPlanPortionGrams, $"{f.Name}: {f.Grams} g"));
        Assert.All(top, f => Assert.NotNull(f.Food.Everyday));
    }
}
