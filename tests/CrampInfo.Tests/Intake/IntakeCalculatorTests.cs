using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Intake;

/// <summary>The calculator's arithmetic, by the public interface's rules.</summary>
public sealed class IntakeCalculatorTests
{
    static FoodEaten Food(string ndb, decimal grams, decimal k, decimal? mg, decimal? na, int? seq = 1, decimal quantity = 1) =>
        new(ndb, $"food {ndb}", seq, seq is null ? "g" : "portion", quantity, grams, k, mg, na);

    static readonly FoodEaten TwoBananas = Food("09040", 2 * 118m, 358, 27, 1, seq: 5, quantity: 2);
    static readonly FoodEaten OnePotato = Food("11674", 173, 535, 28, 10, seq: 3);
    static readonly Target Woman = new(TargetKind.AdequateIntake, 2600, new AdequateIntake("adult", 19, 51, "female", 2600));

    [Fact]
    public void The_interface_example_gives_1770_mg_68_percent_and_830_to_go()
    {
        var result = IntakeCalculator.Calculate([TwoBananas, OnePotato], null, Woman, []);
        Assert.Equal(844.88m, result.Items[0].PotassiumMg);
        Assert.Equal(925.55m, result.Items[1].PotassiumMg);
        Assert.Equal(845, Rounding.Whole(result.Items[0].PotassiumMg));
        Assert.Equal(926, Rounding.Whole(result.Items[1].PotassiumMg));
        Assert.Equal(1770.43m, result.Totals.PotassiumMg);
        Assert.Equal(1770, Rounding.Whole(result.Totals.PotassiumMg));
        Assert.Equal(68, Rounding.Whole(result.PercentOfTarget));
        Assert.Equal(830, Rounding.Whole(result.RemainingMg));
        Assert.Equal(112, Rounding.Whole(result.Totals.MagnesiumMg));
    }

    [Fact]
    public void Totals_are_summed_unrounded_so_rounded_rows_need_not_add_up()
    {
        // Three items of 0.4 mg each: each row rounds to 0, the total of 1.2 rounds to 1.
        var tiny = Food("00001", 1, 40, null, null);
        var result = IntakeCalculator.Calculate([tiny, tiny, tiny], null, null, []);
        Assert.All(result.Items, i => Assert.Equal(0, Rounding.Whole(i.PotassiumMg)));
        Assert.Equal(1, Rounding.Whole(result.Totals.PotassiumMg));
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.5, 3)]
    [InlineData(-0.5, -1)]
    [InlineData(844.49, 844)]
    public void Rounding_is_half_away_from_zero(decimal value, long expected) => Assert.Equal(expected, Rounding.Whole(value));

    [Fact]
    public void A_portion_whose_amount_is_not_1_counts_as_listed()
    {
        // 09298:5:2 is twice "50 raisins" (26 g): 52 g at 749 mg per 100 g.
        var raisins = Food("09298", 26 * 2m, 749, 32, 11, seq: 5, quantity: 2);
        var result = IntakeCalculator.Calculate([raisins], null, null, []);
        Assert.Equal(389.48m, result.Items[0].PotassiumMg);
    }

    [Fact]
    public void A_food_without_a_magnesium_value_marks_that_total_as_at_least()
    {
        var noMagnesium = Food("99999", 100, 200, null, 5);
        var result = IntakeCalculator.Calculate([TwoBananas, noMagnesium], null, null, []);
        Assert.Null(result.Items[1].MagnesiumMg);
        Assert.True(result.Totals.MagnesiumIncomplete);
        Assert.False(result.Totals.SodiumIncomplete);
        Assert.Equal(63.72m, result.Totals.MagnesiumMg);
        Assert.Equal(7.36m, result.Totals.SodiumMg);
    }

    [Fact]
    public void Supplements_add_strength_times_count_on_their_own_line()
    {
        var result = IntakeCalculator.Calculate([OnePotato], new Supplement(99, 3), Woman, []);
        Assert.Equal(297, result.SupplementMg);
        Assert.Equal(925.55m + 297, result.Totals.PotassiumMg);
    }

    [Fact]
    public void A_strength_in_mEq_is_39_1_mg_each()
    {
        var supplement = new Supplement(10 * (decimal)ReferenceFigures.MgPerMeq.Value, 2);
        Assert.Equal(782m, supplement.TotalMg);
    }

    [Fact]
    public void Without_a_target_there_is_no_percentage_remainder_or_suggestion()
    {
        var result = IntakeCalculator.Calculate([TwoBananas], null, null, [Suggestion("09040", 422.44m)]);
        Assert.Null(result.PercentOfTarget);
        Assert.Null(result.RemainingMg);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void What_remains_is_never_below_zero()
    {
        var lots = Food("11674", 1000, 535, 28, 10, seq: null, quantity: 1000);
        var result = IntakeCalculator.Calculate([lots], null, Woman, [Suggestion("09040", 422.44m)]);
        Assert.Equal(0, result.RemainingMg);
        Assert.Equal(206, Rounding.Whole(result.PercentOfTarget));
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Suggestions_give_the_fewest_whole_portions_that_cover_what_remains_fewest_first()
    {
        var foods = new[] { Suggestion("09291", 69.54m), Suggestion("09040", 422.44m), Suggestion("11674", 925.55m), Suggestion("09279", 103.62m) };
        var suggestions = IntakeCalculator.Suggest(829.57m, foods);
        Assert.Equal(["11674", "09040", "09279", "09291"], suggestions.Select(s => s.Food.Ndb));
        Assert.Equal([1, 2, 9, 12], suggestions.Select(s => s.Count));
        Assert.All(suggestions, s => Assert.True(s.PotassiumMg >= 829.57m && s.PotassiumMg - s.Food.PortionPotassiumMg < 829.57m));
    }

    [Fact]
    public void A_clinicians_limit_shows_the_room_left_or_how_far_it_is_passed_and_suggests_nothing()
    {
        var limit = new Target(TargetKind.ClinicianLimit, 2000, null);
        var under = IntakeCalculator.Calculate([TwoBananas, OnePotato], null, limit, [Suggestion("09040", 422.44m)]);
        Assert.Equal(229.57m, under.RemainingMg);
        Assert.Equal(0, under.OverLimitMg);
        Assert.Empty(under.Suggestions);

        var over = IntakeCalculator.Calculate([TwoBananas, OnePotato, OnePotato], null, limit, [Suggestion("09040", 422.44m)]);
        Assert.Equal(0, over.RemainingMg);
        Assert.Equal(695.98m, over.OverLimitMg);
        Assert.Equal(135, Rounding.Whole(over.PercentOfTarget));
    }

    static SuggestionFood Suggestion(string ndb, decimal mg) => new(ndb, $"food {ndb}", 1, "portion", mg);
}
