using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Articles;

/// <summary>The rules for "richest foods per common household portion", on real rows of the food table.</summary>
[Collection(AppCollection.Name)]
public sealed class RichestFoodsRuleTests(AppFixture app)
{
    async Task<FoodPortionFigure> Row(string ndb, int seq)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrampInfoDb>();
        var food = await db.Foods.Include(f => f.Portions).SingleAsync(f => f.Ndb == ndb, TestContext.Current.CancellationToken);
        var p = food.Portions.Single(x => x.Seq == seq);
        return new FoodPortionFigure(food.Ndb, food.Description, food.FoodGroup, food.PotassiumMgPer100g, p.Seq, p.Amount, p.Measure, p.Grams);
    }

    [Theory]
    [InlineData("11674", 3)] // Potatoes, baked, flesh and skin: 1 potato medium, 173 g
    [InlineData("09040", 5)] // Bananas, raw: 1 medium
    [InlineData("11087", 1)] // Beet greens, cooked: 1 cup
    [InlineData("16070", 1)] // Lentils, cooked: 1 cup
    [InlineData("09298", 4)] // Raisins: 1 small box (1.5 oz), 43 g: a handful
    [InlineData("12061", 5)] // Almonds: 1 oz
    [InlineData("15086", 1)] // Salmon, sockeye, cooked: 3 oz
    [InlineData("01116", 1)] // Yogurt, plain: 1 container (6 oz)
    public async Task A_one_sitting_portion_of_a_food_as_eaten_is_eligible(string ndb, int seq) =>
        Assert.Null(RichestFoods.ExclusionReason(await Row(ndb, seq)));

    [Theory]
    [InlineData("18373", 1, "leavening")]            // Leavening agents, cream of tartar
    [InlineData("02030", 3, "Spices and Herbs")]     // Spices, pepper, black
    [InlineData("05009", 2, "whole-animal")]         // Chicken: 1 unit (yield from 1 lb ready-to-cook chicken)
    [InlineData("05310", 3, "whole-animal")]         // Cornish game hen: 1 bird whole
    [InlineData("19437", 2, "Snacks")]               // Potato chips: 1 bag (8 oz)
    [InlineData("11546", 4, "package")]              // Tomato paste: 1 can (6 oz)
    [InlineData("16027", 1, "raw")]                  // Beans, kidney, mature seeds, raw: dry beans
    [InlineData("01091", 2, "dry")]                  // Milk, dry, nonfat: 1 cup of powder
    [InlineData("07913", 1, "sodium")]               // Salami, less sodium: potassium salt added
    [InlineData("09298", 1, "several servings")]     // Raisins: 1 cup, packed
    [InlineData("12195", 2, "several servings")]     // Almond butter: 1 cup, 250 g
    [InlineData("20062", 1, "grain")]                // Rye grain, uncooked
    public async Task A_portion_nobody_eats_as_listed_is_left_out(string ndb, int seq, string reasonPart)
    {
        var reason = RichestFoods.ExclusionReason(await Row(ndb, seq));
        Assert.NotNull(reason);
        Assert.Contains(reasonPart, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Kind_of_food_is_the_first_part_of_its_name()
    {
        Assert.Equal("beans", RichestFoods.KindOf("Beans, white, mature seeds, cooked, boiled, without salt"));
        Assert.Equal("potatoes", RichestFoods.KindOf("Potatoes, baked, flesh and skin, without salt"));
        Assert.Equal("natto", RichestFoods.KindOf("Natto"));
    }
}
