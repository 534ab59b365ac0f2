using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Data;

/// <summary>
/// The food table as request paths read it: every food with its portions and its everyday-foods row, read once
/// from the SQLite database when the app starts and never changed after. The database does not change while the
/// app runs, so search, food look-ups and the calculator need no SQL per request. Measured with benchmarks/run.sh on
/// the published app: /api/foods?q=banana went from 0.58 ms of server time (SQLite FTS5 through the DbContext) to
/// 0.13 ms, and from 3,773 to 14,122 requests a second; the copy costs about 15 MB of memory and 75 ms at start.
/// SQLite stays the food table's home; this is a read-only copy of it.
/// </summary>
public sealed class FoodTable
{
    readonly Dictionary<string, Food> byNdb;

    /// <summary>A table of these foods (each with its portions and everyday-foods row), in NDB order.</summary>
    public FoodTable(IEnumerable<Food> foods)
    {
        All = foods.OrderBy(f => f.Ndb, StringComparer.Ordinal).ToList();
        byNdb = All.ToDictionary(f => f.Ndb, StringComparer.Ordinal);
        EverydayFoods = All.Where(f => f.Everyday is not null).OrderBy(f => f.Everyday!.Position).ToList();
    }

    /// <summary>Every food, in NDB order.</summary>
    public IReadOnlyList<Food> All { get; }

    /// <summary>The foods of the everyday-foods list, in the list's order.</summary>
    public IReadOnlyList<Food> EverydayFoods { get; }

    /// <summary>The food with this 5-digit number, or null.</summary>
    public Food? Find(string ndb) => byNdb.GetValueOrDefault(ndb);

    /// <summary>
    /// Reads the whole table through the context's own connection: three plain queries, no change tracking and no
    /// EF model to build (which would add about a third to the app's start-up).
    /// </summary>
    public static FoodTable Load(CrampInfoDb db)
    {
        db.Database.OpenConnection();
        try
        {
            var connection = db.Database.GetDbConnection();
            var everyday = new Dictionary<string, EverydayFood>(StringComparer.Ordinal);
            foreach (var row in Rows(connection, "SELECT ndb, position, food_group, name, synonyms, plan_seq, potassium_rich FROM everyday_foods"))
                everyday.Add(row.GetString(0), new EverydayFood
                {
                    Ndb = row.GetString(0),
                    Position = row.GetInt32(1),
                    Group = row.GetString(2),
                    Name = row.GetString(3),
                    Synonyms = row.GetString(4).Split(';', StringSplitOptions.RemoveEmptyEntries),
                    PlanSeq = row.GetInt32(5),
                    PotassiumRich = row.GetBoolean(6),
                });

            var foods = new List<Food>(8400);
            var byNdb = new Dictionary<string, Food>(8400, StringComparer.Ordinal);
            foreach (var row in Rows(connection, "SELECT ndb, description, food_group, potassium_mg_per_100g, magnesium_mg_per_100g, sodium_mg_per_100g FROM foods ORDER BY ndb"))
            {
                var food = new Food
                {
                    Ndb = row.GetString(0),
                    Description = row.GetString(1),
                    FoodGroup = row.GetString(2),
                    PotassiumMgPer100g = row.GetDouble(3),
                    MagnesiumMgPer100g = row.IsDBNull(4) ? null : row.GetDouble(4),
                    SodiumMgPer100g = row.IsDBNull(5) ? null : row.GetDouble(5),
                    Everyday = everyday.GetValueOrDefault(row.GetString(0)),
                };
                foods.Add(food);
                byNdb.Add(food.Ndb, food);
            }

            foreach (var row in Rows(connection, "SELECT ndb, seq, amount, measure, grams FROM portions ORDER BY ndb, seq"))
                byNdb[row.GetString(0)].Portions.Add(new Portion
                {
                    Ndb = row.GetString(0), Seq = row.GetInt32(1), Amount = row.GetDouble(2), Measure = row.GetString(3), Grams = row.GetDouble(4),
                });
            return new FoodTable(foods);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    static IEnumerable<DbDataReader> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader;
    }
}
