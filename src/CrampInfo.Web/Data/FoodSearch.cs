using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Data;

/// <summary>
/// Food search over the whole table with SQLite FTS5 (the <c>food_search</c> table, porter stemmer, so
/// "bananas" finds "banana" and word order does not matter). FTS5 finds the matches fast; the order is ours,
/// because bm25 alone puts "Babyfood, bananas" and "Snacks, potato chips" beside the plain foods:
/// <list type="number">
/// <item>featured foods (the calculator's quick-add foods) first;</item>
/// <item>then foods whose name, before its first comma, is just the words searched ("Potatoes, baked" for
/// potato), then those whose name holds them all ("Sweet potato leaves");</item>
/// <item>then whole foods before processed, baby, fast and restaurant foods;</item>
/// <item>then raw before prepared, then bm25, then the shorter description.</item>
/// </list>
/// </summary>
public sealed partial class FoodSearch(CrampInfoDb db, ReferenceData reference)
{
    public const int MinQueryLength = 2;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    /// <summary>How many FTS matches are ranked; a common word ("raw") matches thousands.</summary>
    const int Candidates = 400;

    /// <summary>Food groups of processed, prepared or special-purpose foods, ranked after whole foods.</summary>
    static readonly HashSet<string> ProcessedGroups =
    [
        "Baby Foods", "Fast Foods", "Restaurant Foods", "Snacks", "Meals, Entrees, and Side Dishes", "Sweets",
        "Baked Products", "Breakfast Cereals", "Soups, Sauces, and Gravies", "Sausages and Luncheon Meats",
        "Fats and Oils", "Beverages", "American Indian/Alaska Native Foods",
    ];

    /// <summary>True when the query is long enough to search; shorter ones get a hint, not an error.</summary>
    public static bool CanSearch(string? query) => Words(query).Count > 0 && (query ?? "").Trim().Length >= MinQueryLength;

    public async Task<IReadOnlyList<Food>> SearchAsync(string? query, int limit, CancellationToken cancellationToken)
    {
        var words = Words(query);
        if (!CanSearch(query)) return [];

        var featured = (await reference.FeaturedFoodsAsync(cancellationToken)).Select(f => f.Food.Ndb).ToHashSet();
        var stems = words.Select(Stem).ToList();
        var matches = await MatchAsync(string.Join(' ', words.Select(w => $"\"{w}\"*")), cancellationToken);
        var ranked = matches
            .OrderBy(m => featured.Contains(m.Ndb) ? 0 : 1)
            .ThenBy(m => NameMatch(m.Description, stems))
            .ThenBy(m => ProcessedGroups.Contains(m.FoodGroup) || Branded(m.Description) ? 1 : 0)
            .ThenBy(m => RawWord().IsMatch(m.Description) ? 0 : 1)
            .ThenBy(m => m.Score)
            .ThenBy(m => m.Description.Length)
            .Take(limit)
            .Select(m => m.Ndb)
            .ToList();

        var foods = await db.FoodsByNdbAsync(ranked, cancellationToken);
        return ranked.Select(ndb => foods[ndb]).ToList();
    }

    sealed record Match(string Ndb, string Description, string FoodGroup, double Score);

    /// <summary>FTS5 has no EF Core API: the match runs as SQL on the context's own connection.</summary>
    async Task<List<Match>> MatchAsync(string ftsQuery, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT f.ndb, f.description, f.food_group, bm25(food_search)
            FROM food_search JOIN foods f ON f.ndb = food_search.ndb
            WHERE food_search MATCH $query
            ORDER BY bm25(food_search)
            LIMIT $candidates
            """;
        command.Parameters.AddWithValue("$query", ftsQuery);
        command.Parameters.AddWithValue("$candidates", Candidates);
        var matches = new List<Match>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            matches.Add(new Match(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        return matches;
    }

    /// <summary>The words of a query: letters and digits only (so nothing reaches FTS5's query syntax), at most 8.</summary>
    static List<string> Words(string? query) =>
        query is null ? [] : WordPattern().Matches(query.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length <= 30).Take(8).ToList();

    /// <summary>A rough stem for comparing a query word with a food's name: potatoes, potato; bananas, banana.</summary>
    static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("oes", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>0: the name (before the first comma) is just the words searched; 1: it holds them all; 2: neither.</summary>
    static int NameMatch(string description, List<string> stems)
    {
        var comma = description.IndexOf(',');
        var name = WordPattern().Matches((comma < 0 ? description : description[..comma]).ToLowerInvariant()).Select(m => m.Value).ToList();
        bool Searched(string word) => stems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));
        if (!stems.All(stem => name.Any(word => word.StartsWith(stem, StringComparison.Ordinal)))) return 2;
        return name.All(Searched) ? 0 : 1;
    }

    /// <summary>Brand-name products are written in capitals in SR28 ("KELLOGG'S", "QUAKER").</summary>
    static bool Branded(string description) => BrandWord().IsMatch(description);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\braw\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawWord();

    [GeneratedRegex(@"\b[A-Z][A-Z'&]{3,}\b")]
    private static partial Regex BrandWord();
}
