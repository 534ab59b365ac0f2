using CrampInfo.Web.Data;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>/about: who made the site, its data and licences, the review date, disclaimer, privacy and accessibility.</summary>
public sealed class AboutModel(FoodTable table, ReferenceData reference, IOptions<ClinicOptions> clinic, IOptions<ContentOptions> content) : PageModel
{
    public ClinicOptions Clinic => clinic.Value;
    public DateOnly LastReviewed => content.Value.LastReviewedDate;
    public int FoodCount { get; private set; }
    public int PortionCount { get; private set; }
    public int IntakeRowCount { get; private set; }
    public int EverydayFoodCount => table.EverydayFoods.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        FoodCount = table.All.Count;
        PortionCount = table.All.Sum(f => f.Portions.Count);
        IntakeRowCount = (await reference.AdequateIntakesAsync(cancellationToken)).Rows.Count;
    }
}
