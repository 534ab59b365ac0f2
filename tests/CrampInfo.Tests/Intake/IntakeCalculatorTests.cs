using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Intake;

/// <summary>The calculator's arithmetic, by the public interface's rules.</summary>
public sealed class IntakeCalculatorTests
{
    static FoodEaten Food(string ndb, decimal grams, decimal k, decimal? mg, decimal? na, int? seq = 1, decimal quantity = 1) =>
        new(ndb, $"food {ndb}", seq, seq is null ? "g" : "portion", quantity, grams, k, mg, na);

    static readonly FoodEaten TwoBananas = Food("09040", 2 * 118m, 358, 27, 1, seq: 5, quantity: 2);
    static readonly FoodEaten OnePotato = Food("11674", 173, 535, 28, 10, seq: 3);
    static readonly Target Woman = Target.AdequateIntakeOf(new AdequateIntake("adult", 19, 51, Sex.Female, 2600));

    [Fact]
    public void The_interface_example_gives_1770_mg_68_percent_and_830_to_go()
    {
        var result = IntakeCalculator.Calculate([TwoBananas, OnePotato], null, Woman);
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
        var result = IntakeCalculator.Calculate([tiny, tiny, tiny], null, null);
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
        var result = IntakeCalculator.Calculate([raisins], null, null);
        Assert.Equal(389.48m, result.Items[0].PotassiumMg);
    }

    [Fact]
    public void A_food_without_a_magnesium_value_marks_that_total_as_at_least()
    {
        var noMagnesium = Food("99999", 100, 200, null, 5);
        var result = IntakeCalculator.Calculate([TwoBananas, noMagnesium], null, null);
        Assert.Null(result.Items[1].MagnesiumMg);
        Assert.True(result.Totals.MagnesiumIncomplete);
        Assert.False(result.Totals.SodiumIncomplete);
        Assert.Equal(63.72m, result.Totals.MagnesiumMg);
        Assert.Equal(7.36m, result.Totals.SodiumMg);
    }

    [Fact]
    public void Supplements_add_strength_times_count_on_their_own_line()
    {
        var result = IntakeCalculator.Calculate([OnePotato], new Supplement(new SupplementStrength(99, StrengthUnit.PotassiumMg), 3), Woman);
        Assert.Equal(297, result.SupplementMg);
        Assert.Equal(925.55m + 297, result.Totals.PotassiumMg);
    }

    [Theory]
    [InlineData(10, StrengthUnit.Meq, 391)]               // 10 x 39.1
    [InlineData(20, StrengthUnit.Meq, 782)]               // the review: 20 mEq = 782 mg
    [InlineData(1500, StrengthUnit.PotassiumChlorideMg, 787)] // the issue: "potassium chloride 1,500 mg" is 787 mg, not 1,500
    [InlineData(750, StrengthUnit.PotassiumChlorideMg, 393)]  // 750 mg of KCl: 10 mEq
    [InlineData(99, StrengthUnit.PotassiumMg, 99)]
    public void A_strength_in_mEq_is_39_1_mg_each_and_potassium_chloride_is_52_44_percent_potassium(decimal value, StrengthUnit unit, long mg) =>
        Assert.Equal(mg, Rounding.Whole(new SupplementStrength(value, unit).PotassiumMg));

    [Fact]
    public void Potassium_is_39_098_parts_of_74_551_of_potassium_chloride()
    {
        Assert.Equal(39.098m / 74.551m, ReferenceFigures.PotassiumShareOfPotassiumChloride);
        Assert.Equal(52.44m, Math.Round(ReferenceFigures.PotassiumShareOfPotassiumChloride * 100, 2));
        // 20 mEq of potassium chloride weighs 20 x 74.551 mg and holds 20 x 39.098 mg of potassium.
        Assert.Equal(20 * 39.098m, Math.Round(new SupplementStrength(20 * 74.551m, StrengthUnit.PotassiumChlorideMg).PotassiumMg, 6));
    }

    [Theory]
    [InlineData(99, StrengthUnit.PotassiumMg, false)]
    [InlineData(100, StrengthUnit.PotassiumMg, true)]
    [InlineData(1, StrengthUnit.Meq, true)]
    [InlineData(10, StrengthUnit.PotassiumChlorideMg, true)]
    public void A_strength_over_99_mg_or_written_as_a_prescription_is_a_prescription_strength(decimal value, StrengthUnit unit, bool prescription) =>
        Assert.Equal(prescription, new SupplementStrength(value, unit).IsPrescriptionStrength);

    [Fact]
    public void Without_a_target_there_is_no_percentage_or_remainder()
    {
        var result = IntakeCalculator.Calculate([TwoBananas], null, null);
        Assert.Null(result.PercentOfTarget);
        Assert.Null(result.RemainingMg);
        Assert.Null(result.OverLimitMg);
    }

    [Fact]
    public void A_babys_intake_is_the_target_but_the_day_is_not_measured_against_it()
    {
        var baby = Target.AdequateIntakeOf(new AdequateIntake("infant", 0.5, 1, null, 860));
        var result = IntakeCalculator.Calculate([TwoBananas], null, baby);
        Assert.Same(baby, result.Target);
        Assert.False(baby.IsMeasured);
        Assert.Null(result.PercentOfTarget);
        Assert.Null(result.RemainingMg);
        Assert.Equal(844.88m, result.Totals.PotassiumMg);
    }

    [Fact]
    public void What_remains_is_never_below_zero()
    {
        var lots = Food("11674", 1000, 535, 28, 10, seq: null, quantity: 1000);
        var result = IntakeCalculator.Calculate([lots], null, Woman);
        Assert.Equal(0, result.RemainingMg);
        Assert.Equal(206, Rounding.Whole(result.PercentOfTarget));
        Assert.Null(result.OverLimitMg);
    }

    [Fact]
    public void A_clinicians_limit_shows_the_room_left_or_how_far_it_is_passed()
    {
        var limit = Target.ClinicianLimit(new PotassiumLimit(2000, InMeq: false), null);
        var under = IntakeCalculator.Calculate([TwoBananas, OnePotato], null, limit);
        Assert.Equal(229.57m, under.RemainingMg);
        Assert.Equal(0, under.OverLimitMg);

        var over = IntakeCalculator.Calculate([TwoBananas, OnePotato, OnePotato], null, limit);
        Assert.Equal(0, over.RemainingMg);
        Assert.Equal(695.98m, over.OverLimitMg);
        Assert.Equal(135, Rounding.Whole(over.PercentOfTarget));
    }

    [Fact]
    public void A_limit_in_mEq_is_39_1_mg_each()
    {
        var limit = Target.ClinicianLimit(new PotassiumLimit(60, InMeq: true), null);
        Assert.Equal(2346, limit.Mg);
        Assert.Equal(TargetKind.ClinicianLimit, limit.Kind);
        Assert.True(limit.IsMeasured);
    }
}
