using System.Text;
using Microsoft.Data.Sqlite;

namespace CrampInfo.Web.Data;

/// <summary>
/// Foods with their portions by number, for the paths every calculator result and every search takes: one
/// plain SQL query on a pooled read-only connection (<see cref="DatabaseLocation.OpenForReading"/>). EF's
/// <c>Include</c> query for the same few foods cost more CPU than the rest of a calculator request, and
/// loading EF at all for these paths added about 26 MB to the app's memory (see benchmarks/README.md).
/// EF still builds and migrates the database, and serves pages that read it once and are then cached.
/// </summary>
public static class FoodQueries
{
    const string Select = """
        SELECT f.ndb, f.description, f.food_group, f.potassium_mg_per_100g, f.magnesium_mg_per_100g, f.sodium_mg_per_100g,
               p.seq, p.amount, p.measure, p.grams
        FROM foods f LEFT JOIN portions p ON p.ndb = f.ndb
        WHERE f.ndb IN (
        """;

    /// <summary>The foods among <paramref name="ndbs"/> that the table holds, each with its portions in <c>seq</c> order.</summary>
    public static async Task<Dictionary<string, Food>> ByNdbAsync(SqliteConnection connection, IReadOnlyCollection<string> ndbs, CancellationToken cancellationToken)
    {
        var foods = new Dictionary<string, Food>(ndbs.Count, StringComparer.Ordinal);
        if (ndbs.Count == 0) return foods;

        await using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select, Select.Length + ndbs.Count * 5 + 32);
        var i = 0;
        foreach (var ndb in ndbs)
        {
            var name = i < ParameterNames.Length ? ParameterNames[i] : $"$n{i}";
            sql.Append(i == 0 ? "" : ", ").Append(name);
            command.Parameters.AddWithValue(name, ndb);
            i++;
        }
        command.CommandText = sql.Append(") ORDER BY f.ndb, p.seq").ToString();

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Food? food = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var ndb = reader.GetString(0);
            if (food?.Ndb != ndb)
            {
                food = new Food
                {
                    Ndb = ndb,
                    Description = reader.GetString(1),
                    FoodGroup = reader.GetString(2),
                    PotassiumMgPer100g = reader.GetDouble(3),
                    MagnesiumMgPer100g = reader.IsDBNull(4) ? null : reader.GetDouble(4),
                    SodiumMgPer100g = reader.IsDBNull(5) ? null : reader.GetDouble(5),
                };
                foods.Add(ndb, food);
            }
            if (!reader.IsDBNull(6))
                food.Portions.Add(new Portion
                {
                    Ndb = ndb,
                    Seq = reader.GetInt32(6),
                    Amount = reader.GetDouble(7),
                    Measure = reader.GetString(8),
                    Grams = reader.GetDouble(9),
                });
        }
        return foods;
    }

    /// <summary>Names for the usual number of foods (a search asks for at most 50), made once.</summary>
    static readonly string[] ParameterNames = Enumerable.Range(0, 64).Select(i => $"$n{i}").ToArray();
}
