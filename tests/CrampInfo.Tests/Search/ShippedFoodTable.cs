using CrampInfo.Web.Data;

namespace CrampInfo.Tests.Search;

/// <summary>The shipped food table and everyday-foods list, read straight from the app's seed data (no database, no app).</summary>
public static class ShippedFoodTable
{
    static readonly Lazy<FoodTable> table = new(() =>
    {
        var everyday = SeedData.EverydayFoods().ToDictionary(e => e.Ndb);
        var portions = SeedData.Portions().ToLookup(p => p.Ndb);
        return new FoodTable(SeedData.Foods().Select(f => new Food
        {
            Ndb = f.Ndb, Description = f.Description, FoodGroup = f.FoodGroup, PotassiumMgPer100g = f.PotassiumMgPer100g,
            MagnesiumMgPer100g = f.MagnesiumMgPer100g, SodiumMgPer100g = f.SodiumMgPer100g,
            Everyday = everyday.GetValueOrDefault(f.Ndb), Portions = [.. portions[f.Ndb].OrderBy(p => p.Seq)],
        }));
    });

    public static FoodTable Table => table.Value;
}
