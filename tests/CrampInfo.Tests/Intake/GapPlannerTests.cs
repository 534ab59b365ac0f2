using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Intake;

/// <summary>
/// The plan rules (the public interface, "Suggestions"), on hand-made candidates: when a plan may be shown,
/// its caps, its order of choice, the three-food fallback, and a property test over many ages, sexes and
/// intakes against a brute-force search of every combination.
/// </summary>
public sealed class GapPlannerTests
{
    /// <summary>Hand-made candidates shaped like the everyday-foods list's: fruit, dried fruit, vegetables, legumes, dairy, fish.</summary>
    public static readonly IReadOnlyList<PlanCandidate> Foods =
    [
        Candidate("09040", "Bananas", 118, 422.44m, position: 0),
        Candidate("09200", "Oranges", 131, 237.11m, position: 1),
        Candidate("09037", "Avocados", 150, 727.5m, position: 2),
        Candidate("09298", "Raisins", 43, 321.07m, position: 3, dried: true),
        Candidate("09291", "Prunes", 47.5m, 347.7m, position: 4, dried: true),   // 5 prunes
        Candidate("11674", "Potatoes, baked, with skin", 173, 925.55m, position: 5),
        Candidate("11458", "Spinach, cooked", 180, 839.4m, position: 6),
        Candidate("16070", "Lentils, cooked", 198, 730.62m, position: 7),
        Candidate("01117", "Yogurt, plain, low fat", 245, 573.3m, position: 8),
        Candidate("15237", "Salmon, baked", 85, 534.65m, position: 9),
    ];

    static PlanCandidate Candidate(string ndb, string name, decimal grams, decimal potassium, int position, bool dried = false) =>
        new(ndb, name, $"USDA {name}", 1, "portion", grams, potassium, dried, position);

    static readonly AdequateIntakeTable Table = new(SeedData.ReferenceIntakes()
        .Select(r => new AdequateIntake(r.LifeStage, r.AgeFromYears, r.AgeToYears, SexNames.Parse(r.Sex), r.AdequateIntakeMg)).ToList());

    static PlanConditions Adult(decimal remaining, decimal age = 45) => new(
        AnyFieldInvalid: false, LimitGiven: false, Target: Target.AdequateIntakeOf(Table.Find((double)age, Sex.Female, null)!),
        AgeYears: age, FoodsEntered: 1, RemainingMg: remaining, PrescriptionStrength: false);

    // When no plan may be shown.

    public static TheoryData<string, PlanConditions, NoPlanReason> NoPlanCases => new()
    {
        { "a field is not valid", Adult(800) with { AnyFieldInvalid = true }, NoPlanReason.InvalidField },
        { "a limit was given (valid or not)", Adult(800) with { LimitGiven = true }, NoPlanReason.ClinicianLimit },
        { "no target", Adult(800) with { Target = null }, NoPlanReason.NoTarget },
        { "a clinician's limit as the target", Adult(800) with { Target = Target.ClinicianLimit(new(2000, false), null) }, NoPlanReason.NoTarget },
        { "a baby of 6 months", Adult(500, 0.5m) with { Target = Target.AdequateIntakeOf(Table.Find(0.5, null, null)!) }, NoPlanReason.Infant },
        { "a child of 1", Adult(1500, 1) with { Target = Target.AdequateIntakeOf(Table.Find(1, null, null)!) }, NoPlanReason.YoungChild },
        { "a child of 3.9", Adult(1500, 3.9m) with { Target = Target.AdequateIntakeOf(Table.Find(3.9, null, null)!) }, NoPlanReason.YoungChild },
        { "tablets at a prescription strength", Adult(800) with { PrescriptionStrength = true }, NoPlanReason.PrescriptionStrength },
        { "no food entered", Adult(2600) with { FoodsEntered = 0 }, NoPlanReason.NoFoodsEntered },
        { "nothing remains", Adult(0), NoPlanReason.NothingRemains },
    };

    [Theory]
    [MemberData(nameof(NoPlanCases))]
    public void No_plan_is_shown_where_advice_to_eat_more_could_be_wrong(string why, PlanConditions conditions, NoPlanReason reason)
    {
        var outcome = GapPlanner.Decide(conditions, Foods);
        Assert.True(outcome.Plan is null, why);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public void Without_candidates_there_is_no_plan_and_the_reason_says_so()
    {
        var outcome = GapPlanner.Decide(Adult(800), []);
        Assert.Null(outcome.Plan);
        Assert.Equal(NoPlanReason.NoCandidates, outcome.Reason);
    }

    [Fact]
    public void From_age_4_a_plan_is_shown()
    {
        var child = Adult(500, 4) with { Target = Target.AdequateIntakeOf(Table.Find(4, null, null)!) };
        Assert.NotNull(GapPlanner.Decide(child, Foods).Plan);
    }

    // Caps.

    [Theory]
    [InlineData(3.99, null)]
    [InlineData(4, 1)]
    [InlineData(8.99, 1)]
    [InlineData(9, 2)]
    [InlineData(90, 2)]
    public void Caps_follow_the_age(decimal age, int? maxCount)
    {
        Assert.Equal(maxCount, GapPlanner.CapsFor(age)?.MaxCount);
        if (maxCount == 1) Assert.Equal(175, GapPlanner.CapsFor(age)!.MaxGramsPerFood);
        if (maxCount == 2) Assert.Equal(350, GapPlanner.CapsFor(age)!.MaxGramsPerFood);
    }

    [Fact]
    public void A_food_counts_once_or_twice_within_350_g_and_dried_fruit_within_50_g()
    {
        var caps = GapPlanner.OlderChildAndAdultCaps;
        Assert.Equal([1, 2], caps.CountsOf(Foods[0]));                                  // 2 x 118 g bananas = 236 g
        Assert.Equal([1], caps.CountsOf(Foods[8]));                                     // 2 x 245 g yogurt = 490 g
        Assert.Equal([1], caps.CountsOf(Foods[3]));                                     // 2 x 43 g raisins = 86 g of dried fruit
        Assert.Empty(caps.CountsOf(Candidate("x", "Dates", 60, 400, 99, dried: true))); // one portion is already over 50 g
        var small = GapPlanner.YoungChildCaps;
        Assert.Equal([1], small.CountsOf(Foods[0]));
        Assert.Empty(small.CountsOf(Foods[7]));                                         // 198 g of lentils is over 175 g
    }

    // The order of choice.

    [Fact]
    public void One_food_when_one_covers_it_the_lightest_such_food()
    {
        // 500 mg: avocado (150 g, 728 mg), salmon (85 g, 535 mg), potato, spinach, lentils, yogurt, 2 bananas all cover it; salmon weighs least.
        var plan = GapPlanner.Build(500, GapPlanner.OlderChildAndAdultCaps, Foods)!;
        Assert.True(plan.CoversRemaining);
        Assert.Equal(["Salmon, baked"], plan.Items.Select(i => i.Food.Name));
        Assert.Equal(1, plan.Items[0].Count);
    }

    [Fact]
    public void Two_of_one_food_when_that_is_lighter_than_any_single_portion_that_covers_it()
    {
        // 800 mg: one portion covering it weighs 173 g (potato) at least; 2 x 85 g salmon (1,069 mg) is 170 g.
        var plan = GapPlanner.Build(800, GapPlanner.OlderChildAndAdultCaps, Foods)!;
        Assert.Equal([("Salmon, baked", 2)], plan.Items.Select(i => (i.Food.Name, i.Count)));
        Assert.Equal(170, plan.Grams);
    }

    [Fact]
    public void Fewer_foods_before_fewer_grams()
    {
        // 1,900 mg: no single food covers it (the most: 2 x potato = 1,851 mg); then the lightest pair.
        var plan = GapPlanner.Build(1900, GapPlanner.OlderChildAndAdultCaps, Foods)!;
        Assert.Equal(2, plan.Items.Count);
        Assert.True(plan.PotassiumMg >= 1900);
        var lightestPair = AllPlans(1900, GapPlanner.OlderChildAndAdultCaps, Foods).Where(p => p.Count == 2 && p.Sum(i => i.PotassiumMg) >= 1900).Min(p => p.Sum(i => i.Grams));
        Assert.Equal(lightestPair, plan.Grams);
    }

    [Fact]
    public void Equal_grams_go_by_the_lists_order()
    {
        var twins = new[] { Candidate("a", "Later", 100, 500, position: 5), Candidate("b", "Earlier", 100, 500, position: 2) };
        var plan = GapPlanner.Build(400, GapPlanner.OlderChildAndAdultCaps, twins)!;
        Assert.Equal(["Earlier"], plan.Items.Select(i => i.Food.Name));
    }

    [Fact]
    public void A_plan_lists_its_foods_in_the_lists_order()
    {
        var plan = GapPlanner.Build(3000, GapPlanner.OlderChildAndAdultCaps, Foods)!;
        Assert.Equal(plan.Items.Select(i => i.Food.Position).Order(), plan.Items.Select(i => i.Food.Position));
    }

    [Fact]
    public void When_three_foods_cannot_cover_it_the_three_that_give_the_most_and_it_says_so()
    {
        var plan = GapPlanner.Build(10_000, GapPlanner.OlderChildAndAdultCaps, Foods)!;
        Assert.False(plan.CoversRemaining);
        Assert.Equal(3, plan.Items.Count);
        // Each at its most: 2 x potato (1,851 mg), 2 x avocado (1,455 mg), 2 x salmon (1,069 mg); spinach counts
        // once only (2 x 180 g is over 350 g), so its 839 mg is less.
        Assert.Equal(["Avocados", "Potatoes, baked, with skin", "Salmon, baked"], plan.Items.Select(i => i.Food.Name));
        Assert.All(plan.Items, i => Assert.Equal(2, i.Count));
    }

    [Fact]
    public void Ages_4_to_8_get_one_portion_of_each_food_at_most_175_g()
    {
        var plan = GapPlanner.Build(10_000, GapPlanner.YoungChildCaps, Foods)!;
        Assert.All(plan.Items, i => Assert.Equal(1, i.Count));
        Assert.All(plan.Items, i => Assert.True(i.Grams <= 175));
        Assert.DoesNotContain(plan.Items, i => i.Food.Name is "Lentils, cooked" or "Spinach, cooked" or "Yogurt, plain, low fat");
    }

    // Candidates from the everyday-foods list.

    static Food Lentils(bool rich = true, double? sodium = 2, string group = "legumes") => new()
    {
        Ndb = "16070", Description = "Lentils, mature seeds, cooked, boiled, without salt", FoodGroup = "Legumes and Legume Products",
        PotassiumMgPer100g = 369, SodiumMgPer100g = sodium,
        Portions = [new() { Ndb = "16070", Seq = 1, Amount = 1, Measure = "cup", Grams = 198 }, new() { Ndb = "16070", Seq = 2, Amount = 1, Measure = "tbsp", Grams = 12.3 }],
        Everyday = new EverydayFood { Ndb = "16070", Position = 7, Group = group, Name = "Lentils, cooked", PlanSeq = 1, PotassiumRich = rich },
    };

    [Fact]
    public void Candidates_are_the_lists_potassium_rich_foods_with_at_most_460_mg_of_sodium_in_their_plan_portion()
    {
        Assert.True(PlanCandidates.Qualifies(Lentils()));
        Assert.False(PlanCandidates.Qualifies(Lentils(rich: false)));
        Assert.True(PlanCandidates.Qualifies(Lentils(sodium: 460 / 1.98)));     // 460 mg in 198 g
        Assert.False(PlanCandidates.Qualifies(Lentils(sodium: 461 / 1.98)));
        Assert.False(PlanCandidates.Qualifies(Lentils(sodium: null)));          // cannot show it is not salty
        var offTheList = Lentils();
        Assert.False(PlanCandidates.Qualifies(new Food { Ndb = offTheList.Ndb, Description = offTheList.Description, FoodGroup = offTheList.FoodGroup, PotassiumMgPer100g = 369, SodiumMgPer100g = 2, Portions = offTheList.Portions }));

        var candidate = Assert.Single(new PlanCandidates([Lentils(), Lentils(rich: false) is var poor ? poor : null!]).All.Take(1));
        Assert.Equal("Lentils, cooked", candidate.Name);
        Assert.Equal(Lentils().Description, candidate.Description);
        Assert.Equal(198, candidate.PortionGrams);
        Assert.Equal(730.62m, candidate.PortionPotassiumMg);
        Assert.Equal("cup", candidate.Portion);
        Assert.False(candidate.IsDriedFruit);
        Assert.True(new PlanCandidates([Lentils(group: EverydayFood.DriedFruitGroup)]).All.Single().IsDriedFruit);
    }

    // The property: over many ages, sexes and intakes, no plan breaks a cap, and each is the best there is.

    [Fact]
    public void Over_many_ages_sexes_and_intakes_no_plan_breaks_a_cap_and_each_is_the_one_a_full_search_picks()
    {
        var random = new Random(20261201);
        var plans = 0;
        for (var run = 0; run < 3000; run++)
        {
            var age = Math.Round((decimal)(random.NextDouble() * 95), 1);
            Sex? sex = random.Next(3) switch { 0 => Sex.Female, 1 => Sex.Male, _ => null };
            Stage? stage = sex == Sex.Female && age is >= 14 and < 51 && random.Next(4) == 0 ? Stage.Pregnant : null;
            var row = Table.Find((double)age, sex, stage);
            var eaten = Math.Round((decimal)(random.NextDouble() * 4000), 2);
            var target = row is null ? null : Target.AdequateIntakeOf(row);
            var remaining = target is null || !target.IsMeasured ? (decimal?)null : Math.Max(0, target.Mg - eaten);
            var candidates = Foods.OrderBy(_ => random.Next()).Take(random.Next(0, Foods.Count + 1))
                .Concat(Enumerable.Range(0, random.Next(0, 5)).Select(i => Candidate($"r{i}", $"Random {i}",
                    random.Next(20, 251), random.Next(150, 1300), 100 + i, dried: random.Next(5) == 0)))
                .ToList();

            var outcome = GapPlanner.Decide(new PlanConditions(false, false, target, age, 1, remaining, false), candidates);
            if (outcome.Plan is not { } plan) continue;
            plans++;

            var caps = GapPlanner.CapsFor(age);
            Assert.True(age >= 4 && caps is not null, $"a plan at age {age}");
            Assert.InRange(plan.Items.Count, 1, 3);
            Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Food.Ndb).Distinct().Count());
            foreach (var item in plan.Items)
            {
                Assert.InRange(item.Count, 1, age < 9 ? 1 : 2);
                Assert.True(item.Grams <= (age < 9 ? 175 : 350), $"{item.Grams} g of {item.Food.Name} at age {age}");
                if (item.Food.IsDriedFruit) Assert.True(item.Grams <= 50, $"{item.Grams} g of dried fruit");
            }
            Assert.Equal(plan.CoversRemaining, plan.PotassiumMg >= remaining);

            // The same plan as trying every combination.
            var every = AllPlans(remaining!.Value, caps!, candidates);
            var covering = every.Where(p => p.Sum(i => i.PotassiumMg) >= remaining).ToList();
            if (covering.Count > 0)
            {
                var best = covering.Aggregate((a, b) => GapPlanner.PlanOrder.Compare(a, b) <= 0 ? a : b);
                Assert.Equal(0, GapPlanner.PlanOrder.Compare(best, plan.Items));
                Assert.True(plan.CoversRemaining);
            }
            else
            {
                Assert.False(plan.CoversRemaining);
                var most = every.Where(p => p.Count == Math.Min(3, candidates.Count(c => caps!.CountsOf(c).Any()))).Max(p => p.Sum(i => i.PotassiumMg));
                Assert.Equal(most, plan.PotassiumMg);
            }
        }
        Assert.True(plans > 1000, $"only {plans} of the runs had a plan");
    }

    /// <summary>Every plan of one to three different foods with their allowed counts: the brute force the planner must agree with.</summary>
    static List<IReadOnlyList<PlanItem>> AllPlans(decimal remaining, PlanCaps caps, IReadOnlyList<PlanCandidate> candidates)
    {
        var options = candidates.Select(c => caps.CountsOf(c).Select(n => new PlanItem(c, n)).ToList()).Where(o => o.Count > 0).ToList();
        var plans = new List<IReadOnlyList<PlanItem>>();
        for (var a = 0; a < options.Count; a++)
        foreach (var x in options[a])
        {
            plans.Add([x]);
            for (var b = a + 1; b < options.Count; b++)
            foreach (var y in options[b])
            {
                plans.Add([x, y]);
                for (var c = b + 1; c < options.Count; c++)
                foreach (var z in options[c])
                    plans.Add([x, y, z]);
            }
        }
        return plans;
    }
}
