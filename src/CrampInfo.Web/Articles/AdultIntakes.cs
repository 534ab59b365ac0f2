using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Articles;

/// <summary>
/// The 2019 Adequate Intakes of adult women and men (19 to 50), from the intake table: the "2,600 mg and 3,400 mg a
/// day" the article pages compare foods and supplements with.
/// </summary>
public sealed record AdultIntakes(int WomenMg, int MenMg)
{
    public static AdultIntakes From(AdequateIntakeTable intakes)
    {
        var adults = intakes.Rows.Where(r => r.LifeStage == "adult" && r.AgeFromYears == 19).ToList();
        return new AdultIntakes(
            adults.Single(r => r.Sex == Sex.Female).AdequateIntakeMg,
            adults.Single(r => r.Sex == Sex.Male).AdequateIntakeMg);
    }
}
