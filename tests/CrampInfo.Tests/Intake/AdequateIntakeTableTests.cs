using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Intake;

/// <summary>The target over all 18 rows of the shipped 2019 table and their edges.</summary>
public sealed class AdequateIntakeTableTests
{
    static readonly AdequateIntakeTable Table = new(SeedData.ReferenceIntakes()
        .Select(r => new AdequateIntake(r.LifeStage, r.AgeFromYears, r.AgeToYears, SexNames.Parse(r.Sex), r.AdequateIntakeMg)).ToList());

    [Theory]
    [InlineData(0, null, null, "infant", 400)]
    [InlineData(0.49, null, null, "infant", 400)]
    [InlineData(0.5, null, null, "infant", 860)]    // the interface: 0.5 falls in the 0.5-1 row
    [InlineData(0.99, null, null, "infant", 860)]
    [InlineData(1, null, null, "child", 2000)]
    [InlineData(3.9, null, null, "child", 2000)]
    [InlineData(4, null, null, "child", 2300)]
    [InlineData(8.99, Sex.Male, null, "child", 2300)]
    [InlineData(9, Sex.Male, null, "adolescent", 2500)]
    [InlineData(9, Sex.Female, null, "adolescent", 2300)]
    [InlineData(13.9, Sex.Male, null, "adolescent", 2500)]
    [InlineData(14, Sex.Male, null, "adolescent", 3000)]
    [InlineData(14, Sex.Female, null, "adolescent", 2300)]
    [InlineData(19, Sex.Male, null, "adult", 3400)]
    [InlineData(19, Sex.Female, null, "adult", 2600)]
    [InlineData(50.9, Sex.Female, null, "adult", 2600)]
    [InlineData(51, Sex.Male, null, "adult", 3400)]   // the interface: 51 falls in the 51-71 row
    [InlineData(51, Sex.Female, null, "adult", 2600)]
    [InlineData(71, Sex.Male, null, "older adult", 3400)]
    [InlineData(71, Sex.Female, null, "older adult", 2600)]
    [InlineData(120, Sex.Female, null, "older adult", 2600)]
    [InlineData(14, Sex.Female, Stage.Pregnant, "pregnancy", 2600)]
    [InlineData(18.9, Sex.Female, Stage.Pregnant, "pregnancy", 2600)]
    [InlineData(19, Sex.Female, Stage.Pregnant, "pregnancy", 2900)]
    [InlineData(50, Sex.Female, Stage.Pregnant, "pregnancy", 2900)]
    [InlineData(14, Sex.Female, Stage.Lactating, "lactation", 2500)]
    [InlineData(19, Sex.Female, Stage.Lactating, "lactation", 2800)]
    [InlineData(50.5, Sex.Female, Stage.Lactating, "lactation", 2800)]
    public void Picks_the_row_whose_age_range_holds_the_age_for_the_sex_and_stage(double age, Sex? sex, Stage? stage, string lifeStage, int mg)
    {
        var row = Table.Find(age, sex, stage);
        Assert.NotNull(row);
        Assert.Equal(lifeStage, row.LifeStage);
        Assert.Equal(mg, row.AdequateIntakeMg);
        Assert.True(row.Holds(age));
    }

    [Fact]
    public void Every_one_of_the_18_rows_is_reachable_and_picked_at_its_lower_edge()
    {
        Assert.Equal(18, Table.Rows.Count);
        foreach (var row in Table.Rows)
        {
            var stage = row.LifeStage switch { "pregnancy" => Stage.Pregnant, "lactation" => Stage.Lactating, _ => (Stage?)null };
            Assert.Same(row, Table.Find(row.AgeFromYears, row.Sex, stage));
        }
    }

    [Theory]
    [InlineData(9)]
    [InlineData(30)]
    [InlineData(80)]
    public void From_age_9_there_is_no_target_without_a_sex(double age)
    {
        Assert.True(Table.NeedsSex(age));
        Assert.Null(Table.Find(age, null, null));
    }

    [Fact]
    public void Under_9_the_sex_does_not_matter()
    {
        Assert.False(Table.NeedsSex(8.5));
        Assert.Equal(Table.Find(5, null, null), Table.Find(5, Sex.Male, null));
        Assert.Equal(Table.Find(5, null, null), Table.Find(5, Sex.Female, null));
    }

    [Fact]
    public void A_stage_outside_the_pregnancy_and_lactation_rows_finds_nothing()
    {
        Assert.Null(Table.Find(13, Sex.Female, Stage.Pregnant));
        Assert.Null(Table.Find(51, Sex.Female, Stage.Lactating));
        Assert.Null(Table.Find(30, Sex.Male, Stage.Pregnant));
    }

    [Theory]
    [InlineData(0, Sex.Female, null, "Infants, birth to 6 months")]
    [InlineData(0.5, Sex.Female, null, "Infants, 7 to 12 months")]
    [InlineData(1, Sex.Male, null, "Children 1-3 years")]
    [InlineData(4, null, null, "Children 4-8 years")]
    [InlineData(9, Sex.Male, null, "Males 9-13 years")]           // the review: a 9-year-old is not an "adolescent"
    [InlineData(14, Sex.Female, null, "Females 14-18 years")]
    [InlineData(30, Sex.Female, null, "Females 19-50 years")]
    [InlineData(60, Sex.Male, null, "Males 51-70 years")]
    [InlineData(80, Sex.Female, null, "Females 71 years and older")]
    [InlineData(16, Sex.Female, Stage.Pregnant, "Pregnancy, 14-18 years")]
    [InlineData(30, Sex.Female, Stage.Lactating, "Breastfeeding, 19-50 years")] // "breastfeeding" in the text; the API keeps "lactation"
    public void Rows_are_named_as_the_National_Academies_name_their_groups(double age, Sex? sex, Stage? stage, string expected) =>
        Assert.Equal(expected, Table.Find(age, sex, stage)!.Describe());

    [Fact]
    public void Only_the_two_infant_rows_are_infant_rows()
    {
        Assert.Equal([0.0, 0.5], Table.Rows.Where(r => r.IsInfant).Select(r => r.AgeFromYears));
        Assert.All(Table.Rows.Where(r => r.IsInfant), r => Assert.Equal("infant", r.LifeStage));
    }
}
