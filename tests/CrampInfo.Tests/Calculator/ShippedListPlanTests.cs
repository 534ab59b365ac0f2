using CrampInfo.Tests.Search;
using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// Plans from the shipped everyday-foods list (no app): the candidates it gives, and over many ages, sexes and
/// days, every plan within the caps, by everyday names, drawn only from potassium-rich, not-salty list foods.
/// </summary>
public sealed class ShippedListPlanTests
{
    static readonly PlanCandidates Shipped = PlanCandidates.From(ShippedFoodTable.Table);

    [Fact]
    public void The_candidates_are_the_lists_potassium_rich_foods_with_at_most_460_mg_of_sodium_in_their_plan_portion()
    {
        var table = ShippedFoodTable.Table;
        Assert.NotEmpty(Shipped.All);
        Assert.Equal(Shipped.All.Select(c => c.Position).Order(), Shipped.All.Select(c => c.Position));
        foreach (var candidate in Shipped.All)
        {
            var food = table.Find(candidate.Ndb)!;
            Assert.True(food.Everyday!.PotassiumRich, candidate.Name);
            Assert.Equal(food.Everyday.Name, candidate.Name);
            Assert.Equal(food.Everyday.PlanSeq, candidate.PortionSeq);
            Assert.True(candidate.PortionPotassiumMg > 200, candidate.Name);
            Assert.True(candidate.PortionGrams <= 250, candidate.Name);
            Assert.True((decimal)food.SodiumMgPer100g!.Value * candidate.PortionGrams / 100 <= 460, candidate.Name);
            Assert.DoesNotContain(food.Everyday.Group, new[] { "snacks and sweets", "mixed dishes", "fats and condiments" });
        }
        // Every list food that is marked and not salty is a candidate.
        var expected = table.EverydayFoods.Count(f => f.Everyday!.PotassiumRich && f.SodiumMgPer100g is { } na && na * f.PlanPortion!.Grams / 100 <= 460);
        Assert.Equal(expected, Shipped.All.Count);
    }

    [Fact]
    public void Over_many_people_and_days_every_plan_from_the_list_keeps_the_caps()
    {
        var random = new Random(12);
        var everyday = ShippedFoodTable.Table.EverydayFoods;
        var plans = 0;
        for (var run = 0; run < 400; run++)
        {
            var age = Math.Round((decimal)(random.NextDouble() * 95), 1);
            var sex = random.Next(2) == 0 ? "female" : "male";
            var items = string.Join(',', Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
            {
                var food = everyday[random.Next(everyday.Count)];
                return $"{food.Ndb}:{food.Everyday!.PlanSeq}:{random.Next(1, 3)}";
            }));
            var calculation = OnePass.Evaluate($"age={age}&sex={sex}&items={items}", Shipped.All);
            if (calculation.Plan.Plan is not { } plan) continue;
            plans++;
            Assert.True(age >= 4, $"a plan at age {age}");
            Assert.InRange(plan.Items.Count, 1, 3);
            foreach (var item in plan.Items)
            {
                Assert.InRange(item.Count, 1, age < 9 ? 1 : 2);
                Assert.True(item.Grams <= (age < 9 ? 175 : 350), $"{item.Grams} g of {item.Food.Name}");
                if (item.Food.IsDriedFruit) Assert.True(item.Grams <= 50, $"{item.Grams} g of {item.Food.Name}");
                Assert.Contains(item.Food, Shipped.All);
            }
            Assert.Equal(plan.CoversRemaining, plan.PotassiumMg >= calculation.Result.RemainingMg);
        }
        Assert.True(plans > 150, $"only {plans} plans");
    }
}
