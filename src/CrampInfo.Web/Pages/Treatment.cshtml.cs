using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>/treatment: what helps leg cramps. The adult intakes it quotes come from the intake table.</summary>
public sealed class TreatmentModel(ReferenceData reference) : PageModel
{
    public AdultIntakes Adults { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Adults = AdultIntakes.From(await reference.AdequateIntakesAsync(cancellationToken));
}
