using CrampInfo.Web.Data;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Pages;

/// <summary>/about: who made the site, its data and licences, the review date, disclaimer, privacy and accessibility.</summary>
public sealed class AboutModel(CrampInfoDb db, FoodTable table, IOptions<ClinicOptions> clinic, IOptions<ContentOptions> content) : PageModel
{
    public ClinicOptions Clinic => clinic.Value;
    public DateOnly LastReviewed => content.Value.LastReviewedDate;
    public int FoodCount { get; private set; }
    public int PortionCount { get; private set; }
    public int IntakeRowCount { get; private set; }
    public int EverydayFoodCount => table.EverydayFoods.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        FoodCount = await db.Foods.CountAsync(cancellationToken);
        PortionCount = await db.Portions.CountAsync(cancellationToken);
        IntakeRowCount = await db.ReferenceIntakes.CountAsync(cancellationToken);
    }
}
