using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;

namespace CrampInfo.Tests.Intake;

/// <summary>The target over all 18 rows of the shipped 2019 table and their edges.</summary>
public sealed class AdequateIntakeTableTests
{
    static readonly AdequateIntakeTable Table = new(SeedData.ReferenceIntakes()
        .Select(r => new AdequateIntake(r.LifeStage, r.AgeFromYears, r.AgeToYears, r.Sex, r.AdequateIntakeMg)).ToList());

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
            var sex = row.Sex switch { "female" => Sex.Female, "male" => Sex.Male, _ => (Sex?)null };
            var stage = row.LifeStage switch { "pregnancy" => Stage.Pregnant, "lactation" => Stage.Lactating, _ => (Stage?)null };
            Assert.Same(row, Table.Find(row.AgeFromYears, sex, stage));
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
    [InlineData(0, "infant, 0 to 6 months")]
    [InlineData(0.5, "infant, 6 to 12 months")]
    [InlineData(1, "child, 1 to 3 years")]
    [InlineData(30, "adult, 19 to 50 years, female")]
    [InlineData(80, "older adult, 71 years and over, female")]
    public void Rows_describe_themselves_as_a_person_reads_them(double age, string expected) =>
        Assert.Equal(expected, Table.Find(age, Sex.Female, null)!.Describe());
}
