using Microsoft.EntityFrameworkCore;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Settings;
using Microsoft.Extensions.Options;

namespace CrampInfo.Web.Data;

/// <summary>A featured food (the calculator's quick-add buttons) in its common portion, looked up in the food table.</summary>
public sealed record FeaturedFood(Food Food, Portion Portion, string Name, string PluralName)
{
    public decimal PotassiumMg => IntakeCalculator.Per100g((decimal)Food.PotassiumMgPer100g, (decimal)Portion.Grams);

    /// <summary>"2 medium bananas".</summary>
    public string Count(int count) => $"{count} {(count == 1 ? Name : PluralName)}";
}

/// <summary>
/// The small, fixed parts of the database that almost every calculator request needs: the Adequate Intake
/// table and the featured foods. The database does not change while the app runs, so they are read once,
/// on first use, and kept; a failed read is not kept, so the next request tries again.
/// </summary>
public sealed class ReferenceData(IServiceScopeFactory scopes, FoodTable table, IOptions<FeaturedFoodsOptions> featuredFoods, ILogger<ReferenceData> log)
{
    readonly SemaphoreSlim gate = new(1, 1);
    Loaded? loaded;

    sealed record Loaded(AdequateIntakeTable Intakes, IReadOnlyList<FeaturedFood> Featured);

    public async Task<AdequateIntakeTable> AdequateIntakesAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Intakes;

    public async Task<IReadOnlyList<FeaturedFood>> FeaturedFoodsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Featured;

    async Task<Loaded> LoadAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } ready) return ready;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded is not null) return loaded;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrampInfoDb>();
            var rows = await ReadIntakesAsync(db, cancellationToken);
            var featured = Resolve(featuredFoods.Value.FoodsOrDefault);
            return loaded = new Loaded(new AdequateIntakeTable(rows), featured);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The intake rows, in the table's order, by one plain query on the context's own connection (as
    /// <see cref="FoodTable.Load"/> reads the foods): no request path builds EF's model or compiles a LINQ query,
    /// which cost memory and start-up time for 18 rows.
    /// </summary>
    static async Task<List<AdequateIntake>> ReadIntakesAsync(CrampInfoDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT life_stage, age_from_years, age_to_years, sex, adequate_intake_mg_per_day FROM reference_intakes ORDER BY id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<AdequateIntake>();
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(new AdequateIntake(reader.GetString(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetDouble(2),
                    SexNames.Parse(reader.GetString(3)), reader.GetInt32(4)));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    IReadOnlyList<FeaturedFood> Resolve(IReadOnlyList<FoodPortionRef> wanted)
    {
        var result = new List<FeaturedFood>();
        foreach (var want in wanted)
        {
            if (table.Find(want.Ndb) is not { } food || food.Portions.FirstOrDefault(p => p.Seq == want.Seq) is not { } portion)
            {
                log.LogWarning("Ignoring featured food {Ndb} portion {Seq}: the food table has no such food or portion", want.Ndb, want.Seq);
                continue;
            }
            var known = ArticleFoods.All.FirstOrDefault(a => a.Ndb == want.Ndb && a.Seq == want.Seq);
            var name = want.Name ?? known?.Name ?? $"{PortionLabel.Of(portion)} ({food.Description})";
            var plural = want.PluralName ?? (want.Name is null ? known?.PluralName : null) ?? $"x {name}";
            result.Add(new FeaturedFood(food, portion, name, plural));
        }
        return result;
    }
}
