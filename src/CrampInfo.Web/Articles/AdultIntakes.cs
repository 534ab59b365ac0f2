using CrampInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Articles;

/// <summary>
/// The 2019 Adequate Intakes of adult women and men (19 to 50), read from the reference intake rows: the
/// "2,600 mg and 3,400 mg day" the article pages compare foods and supplements with.
/// </summary>
public sealed record AdultIntakes(int WomenMg, int MenMg)
{
    public static async Task<AdultIntakes> LoadAsync(CrampInfoDb db, CancellationToken cancellationToken)
    {
        var rows = await db.ReferenceIntakes
            .Where(r => r.LifeStage == "adult" && r.AgeFromYears == 19)
            .ToListAsync(cancellationToken);
        return new AdultIntakes(
            rows.Single(r => r.Sex == "female").AdequateIntakeMg,
            rows.Single(r => r.Sex == "male").AdequateIntakeMg);
    }
}
