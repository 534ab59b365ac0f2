using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Search;

/// <summary>One query of a relevance benchmark (benchmarks/search/*.tsv) and the foods that are a right first answer.</summary>
public sealed record BenchmarkQuery(string Query, string Kind, IReadOnlySet<string> Answers);

/// <summary>What the search answered for one query: its first three foods.</summary>
public sealed record BenchmarkAnswer(BenchmarkQuery Query, IReadOnlyList<(string Ndb, string Label)> Top)
{
    public bool Top1 => Top.Count > 0 && Query.Answers.Contains(Top[0].Ndb);
    public bool Top3 => Top.Take(3).Any(f => Query.Answers.Contains(f.Ndb));
}

/// <summary>
/// Runs a relevance benchmark through <c>/api/foods</c> (the path type-ahead and the no-JavaScript search share)
/// and scores it: top-1 is the share of queries whose first food is a right answer, top-3 whose first three hold one.
/// </summary>
public static class SearchRelevance
{
    public static IReadOnlyList<BenchmarkQuery> Load(string file) =>
        File.ReadLines(Repo.File("benchmarks", "search", file))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new BenchmarkQuery(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()))
            .ToList();

    public static async Task<IReadOnlyList<BenchmarkAnswer>> RunAsync(HttpClient client, IReadOnlyList<BenchmarkQuery> queries, string extraQuery, CancellationToken cancel)
    {
        var answers = new List<BenchmarkAnswer>();
        foreach (var query in queries)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/foods?q={Uri.EscapeDataString(query.Query)}&limit=3{extraQuery}", cancel);
            var top = body.GetProperty("foods").EnumerateArray()
                .Select(f => (f.GetProperty("ndb").GetString()!, Label(f)))
                .ToList();
            answers.Add(new BenchmarkAnswer(query, top));
        }
        return answers;
    }

    /// <summary>The everyday name where the API gives one, else the USDA description.</summary>
    static string Label(JsonElement food) =>
        food.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? $"{name.GetString()} ({food.GetProperty("description").GetString()})"
        : food.GetProperty("description").GetString()!;

    public static double Percent(IReadOnlyList<BenchmarkAnswer> answers, Func<BenchmarkAnswer, bool> hit) =>
        answers.Count == 0 ? 0 : 100.0 * answers.Count(hit) / answers.Count;

    /// <summary>Top-1 and top-3 overall and by kind, then every query whose first answer is wrong, with what came first.</summary>
    public static string Report(string title, IReadOnlyList<BenchmarkAnswer> answers)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {answers.Count} queries, top-1 {Percent(answers, a => a.Top1):0.0}%, top-3 {Percent(answers, a => a.Top3):0.0}%");
        foreach (var kind in answers.GroupBy(a => a.Query.Kind).OrderBy(g => g.Key))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Key,-13} {kind.Count(),4}  top-1 {Percent([.. kind], a => a.Top1),5:0.0}%  top-3 {Percent([.. kind], a => a.Top3),5:0.0}%");
        foreach (var miss in answers.Where(a => !a.Top1))
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {(miss.Top3 ? "top-3" : "MISS ")} {miss.Query.Query} [{miss.Query.Kind}] -> {(miss.Top.Count == 0 ? "(nothing)" : string.Join(" | ", miss.Top.Select(t => $"{t.Ndb} {t.Label}")))}");
        return text.ToString();
    }
}
