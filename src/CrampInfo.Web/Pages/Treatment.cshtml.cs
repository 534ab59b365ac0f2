using CrampInfo.Web.Articles;
using CrampInfo.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrampInfo.Web.Pages;

/// <summary>/treatment: what helps leg cramps. The adult intakes it quotes are read from the database.</summary>
public sealed class TreatmentModel(CrampInfoDb db) : PageModel
{
    public AdultIntakes Adults { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Adults = await AdultIntakes.LoadAsync(db, cancellationToken);
}
