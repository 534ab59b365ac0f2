using System.Text.RegularExpressions;
using CrampInfo.Web.Data;

namespace CrampInfo.Web.Search;

/// <summary>What a search found: foods, best first, and where none, the everyday names nearest to what was typed.</summary>
public sealed record FoodSearchResult(IReadOnlyList<Food> Foods, IReadOnlyList<string> DidYouMean);

/// <summary>
/// Food search as a person means it, over the whole food table in memory (<see cref="FoodTable"/>), built once at
/// start. A food is found when every word typed matches one of its words: exactly (or a plural of it), as the first
/// letters of the last word typed (type-ahead), or with typing mistakes (<see cref="SearchText.TyposAllowed"/>).
/// The order, best first:
/// <list type="number">
/// <item>foods of the everyday-foods list matched exactly or by type-ahead: a whole word before the first letters of
/// a longer one ("egg" is eggs before eggplant); then a food whose name or a synonym is just the words typed ("Milk,
/// 2%" for milk), then one whose name holds them ("Chocolate milk"), then one whose USDA description holds them;
/// then the list's order (its most eaten form first: cooked rice, red tomatoes, cow's milk);</item>
/// <item>other foods matched exactly;</item>
/// <item>everyday foods matched only with a typing mistake ("bananna");</item>
/// <item>other foods by type-ahead, then with a typing mistake.</item>
/// </list>
/// Among other foods: a name (before its first comma) that is just the words typed first, plain foods before
/// branded, baby, restaurant and processed ones, the cooked form of foods eaten cooked and the raw form of fruit and
/// vegetables, then the shorter description.
/// </summary>
public sealed partial class FoodSearch
{
    public const int MinQueryLength = 2;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    /// <summary>A query's words beyond this many are not read.</summary>
    const int MaxQueryWords = 8;
    /// <summary>Everyday names offered when nothing matches.</summary>
    const int DidYouMeanCount = 3;

    enum Quality { Exact = 0, Prefix = 1, Typo = 2, None = 3 }

    /// <summary>Some words as term ids (each word under all its forms) and how many words there were.</summary>
    sealed record Text(int[] Terms, int WordCount);

    /// <summary>
    /// A food's searchable text: its description, the description's name (before the first comma) and, for
    /// everyday foods, each phrase of its everyday name (see <see cref="Phrases"/>).
    /// </summary>
    sealed record Entry(Food Food, Text Description, Text Name, Text[] Phrases, int PlainRank);

    readonly List<Entry> entries = [];
    /// <summary>Every indexed word form, and its id.</summary>
    readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    readonly List<string> terms = [];
    /// <summary>For each term id, the entries that hold it (in the description or a phrase), each once.</summary>
    readonly List<List<int>> postings = [];
    /// <summary>Terms sorted, for type-ahead (first letters) look-ups.</summary>
    readonly string[] sortedTerms;
    /// <summary>Term ids by word length, for typo look-ups.</summary>
    readonly List<int>[] termsByLength = new List<int>[SearchText.MaxWordLength + 1];
    /// <summary>Term ids that occur in an everyday food's name or synonyms: what "did you mean" offers from.</summary>
    readonly HashSet<int> everydayTerms = [];

    public FoodSearch(FoodTable table, ILogger<FoodSearch> log)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < termsByLength.Length; i++) termsByLength[i] = [];
        foreach (var food in table.All)
        {
            var index = entries.Count;
            var description = Index(SearchText.Words(food.Description), index);
            var comma = food.Description.IndexOf(',');
            var name = Index(SearchText.Words(comma < 0 ? food.Description : food.Description[..comma]), index);
            var phrases = food.Everyday is { } everyday
                ? Phrases(everyday).Select(words => Index(words, index)).Where(p => p.WordCount > 0).ToArray()
                : [];
            foreach (var phrase in phrases) everydayTerms.UnionWith(phrase.Terms);
            entries.Add(new Entry(food, description, name, phrases, PlainRank(food)));
        }
        sortedTerms = [.. terms.OrderBy(t => t, StringComparer.Ordinal)];
        log.LogInformation("Indexed {Foods} foods ({Everyday} everyday) and {Terms} words for search in {Elapsed:0} ms",
            entries.Count, table.EverydayFoods.Count, terms.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>True when the query is long enough to search; shorter ones get a hint, not an error.</summary>
    public static bool CanSearch(string? query) => (query ?? "").Trim().Length >= MinQueryLength && SearchText.Words(query).Count > 0;

    public FoodSearchResult Search(string? query, int limit)
    {
        if (!CanSearch(query)) return new([], []);
        var words = SearchText.Words(query).Take(MaxQueryWords).ToList();
        // Typing mistakes rank after every exact and type-ahead match, so they are looked for only when those do
        // not fill the list: most searches are spelled right, and the typo look-up is the costly part.
        var foods = Find(words, limit, typos: false);
        if (foods.Count < limit) foods = Find(words, limit, typos: true);
        return new FoodSearchResult(foods, foods.Count == 0 ? DidYouMean(words) : []);
    }

    List<Food> Find(List<string> words, int limit, bool typos)
    {
        var wanted = words.Select((word, i) => Candidates(word, isLast: i == words.Count - 1, typos)).ToList();

        // Start from the word with the fewest foods, then keep those that every other word also matches.
        var rarest = wanted.MinBy(w => w.Keys.Sum(t => postings[t].Count))!;
        var seen = new HashSet<int>();
        var found = new List<(Entry Entry, (int, int, int, int, int, int) Key)>();
        foreach (var term in rarest.Keys)
            foreach (var index in postings[term])
                if (seen.Add(index) && Rank(entries[index], wanted) is { } key)
                    found.Add((entries[index], key));

        return found.OrderBy(f => f.Key).ThenBy(f => f.Entry.Food.Description.Length).ThenBy(f => f.Entry.Food.Ndb, StringComparer.Ordinal)
            .Take(limit).Select(f => f.Entry.Food).ToList();
    }

    /// <summary>
    /// The terms a typed word can match, each with how well: its own forms exactly; for the last word typed, the
    /// terms it begins (type-ahead); and the terms within the typos allowed.
    /// </summary>
    Dictionary<int, Quality> Candidates(string word, bool isLast, bool typos)
    {
        var found = new Dictionary<int, Quality>();
        foreach (var form in SearchText.Forms(word))
            if (termIds.TryGetValue(form, out var id)) found[id] = Quality.Exact;

        if (isLast && word.Length >= 3)
        {
            var from = Array.BinarySearch(sortedTerms, word, StringComparer.Ordinal);
            for (var i = from < 0 ? ~from : from; i < sortedTerms.Length && sortedTerms[i].StartsWith(word, StringComparison.Ordinal); i++)
                found.TryAdd(termIds[sortedTerms[i]], Quality.Prefix);
        }

        var allowed = typos ? SearchText.TyposAllowed(word) : 0;
        if (allowed > 0)
            for (var length = Math.Max(1, word.Length - allowed); length <= Math.Min(SearchText.MaxWordLength, word.Length + allowed); length++)
                foreach (var id in termsByLength[length])
                    if (!found.ContainsKey(id) && SearchText.Distance(word, terms[id], allowed) <= allowed)
                        found[id] = Quality.Typo;
        return found;
    }

    /// <summary>
    /// Where a food stands for the words wanted (lower is better), or null when some word matches none of its words.
    /// The key's parts: tier (see the class summary), how well the weakest word matched, how the everyday name fits,
    /// the list's order, how plain the food is, and whether it is in the form usually eaten.
    /// </summary>
    (int, int, int, int, int, int)? Rank(Entry entry, List<Dictionary<int, Quality>> wanted)
    {
        // Each word's best match anywhere in the food, and whether all words sit in one phrase of its everyday name.
        var worst = Quality.Exact;
        foreach (var word in wanted)
        {
            var best = Best(entry.Description, word);
            foreach (var phrase in entry.Phrases) best = (Quality)Math.Min((int)best, (int)Best(phrase, word));
            if (best == Quality.None) return null;
            worst = (Quality)Math.Max((int)worst, (int)best);
        }

        if (entry.Food.Everyday is { } everyday)
        {
            // The phrase of the everyday name that fits best: every word typed in it, matched as well as can be
            // (a whole word before the first letters of one), then no other words in it ("Beef stew, canned" is
            // just "beef stew"; "Beef stew meat" holds more). Words spread over the description fit last.
            var fit = (int)Quality.None * 2 + 1;
            foreach (var phrase in entry.Phrases)
            {
                var phraseWorst = Quality.Exact;
                foreach (var word in wanted) phraseWorst = (Quality)Math.Max((int)phraseWorst, (int)Best(phrase, word));
                if (phraseWorst != Quality.None) fit = Math.Min(fit, (int)phraseWorst * 2 + (phrase.WordCount == wanted.Count ? 0 : 1));
            }
            var tier = worst == Quality.Typo ? 2 : 0;
            return (tier, (int)worst, fit, everyday.Position, 0, 0);
        }

        var otherTier = worst switch { Quality.Exact => 1, Quality.Prefix => 3, _ => 4 };
        // 0: the food's name (before its first comma) is just the words typed; 1: it holds them all; 2: neither.
        var nameFit = wanted.Any(word => Best(entry.Name, word) == Quality.None) ? 2 : entry.Name.WordCount == wanted.Count ? 0 : 1;
        return (otherTier, (int)worst, nameFit, 0, entry.PlainRank, UsualForm(entry.Food));
    }

    static Quality Best(Text text, Dictionary<int, Quality> word)
    {
        var best = Quality.None;
        foreach (var term in text.Terms)
            if (word.TryGetValue(term, out var quality) && quality < best) best = quality;
        return best;
    }

    /// <summary>The ends of the list's phrases: the whole name, the name before its first comma, and each synonym.</summary>
    static IEnumerable<List<string>> Phrases(EverydayFood everyday)
    {
        yield return SearchText.Words(everyday.Name);
        var comma = everyday.Name.IndexOf(',');
        if (comma > 0) yield return SearchText.Words(everyday.Name[..comma]);
        foreach (var synonym in everyday.Synonyms) yield return SearchText.Words(synonym);
    }

    /// <summary>The term ids of a text's words (each word under all its forms), indexing the entry under each.</summary>
    Text Index(List<string> words, int entry)
    {
        var ids = new List<int>();
        foreach (var word in words)
            foreach (var form in SearchText.Forms(word))
            {
                if (!termIds.TryGetValue(form, out var id))
                {
                    id = terms.Count;
                    termIds.Add(form, id);
                    terms.Add(form);
                    postings.Add([]);
                    termsByLength[form.Length].Add(id);
                }
                var list = postings[id];
                if (list.Count == 0 || list[^1] != entry) list.Add(entry);
                if (!ids.Contains(id)) ids.Add(id);
            }
        return new Text([.. ids], words.Count);
    }

    /// <summary>
    /// The everyday names nearest to what was typed, for a search that found nothing: names whose words are closest
    /// to the words typed (up to a third of a word's letters wrong), the list's order breaking ties.
    /// </summary>
    IReadOnlyList<string> DidYouMean(List<string> words)
    {
        var distances = new Dictionary<Food, int>();
        foreach (var word in words)
        {
            var allowed = Math.Max(1, word.Length / 3);
            var near = new Dictionary<int, int>();
            foreach (var id in everydayTerms)
            {
                var distance = SearchText.Distance(word, terms[id], allowed);
                if (distance <= allowed) near[id] = distance;
            }
            foreach (var (id, distance) in near)
                foreach (var index in postings[id])
                {
                    var food = entries[index].Food;
                    if (food.Everyday is null || !entries[index].Phrases.Any(p => p.Terms.Contains(id))) continue;
                    distances[food] = Math.Min(distances.GetValueOrDefault(food, int.MaxValue), distance);
                }
        }
        return distances.OrderBy(d => d.Value).ThenBy(d => d.Key.Everyday!.Position)
            .Select(d => d.Key.Everyday!.Name).Distinct().Take(DidYouMeanCount).ToList();
    }

    /// <summary>Food groups of processed, prepared or special-purpose foods, ranked after whole foods.</summary>
    static readonly HashSet<string> ProcessedGroups =
    [
        "Baby Foods", "Fast Foods", "Restaurant Foods", "Snacks", "Meals, Entrees, and Side Dishes", "Sweets",
        "Baked Products", "Breakfast Cereals", "Soups, Sauces, and Gravies", "Sausages and Luncheon Meats",
        "Fats and Oils", "Beverages", "American Indian/Alaska Native Foods",
    ];

    /// <summary>0 for a plain whole food; 1 for a processed one or a brand (SR28 writes brands in capitals: "KELLOGG'S").</summary>
    static int PlainRank(Food food) => ProcessedGroups.Contains(food.FoodGroup) || BrandWord().IsMatch(food.Description) ? 1 : 0;

    /// <summary>Food groups whose foods are eaten cooked: their raw or dry forms come after the cooked ones.</summary>
    static readonly HashSet<string> EatenCooked =
    [
        "Legumes and Legume Products", "Cereal Grains and Pasta", "Beef Products", "Pork Products",
        "Lamb, Veal, and Game Products", "Poultry Products", "Finfish and Shellfish Products",
    ];

    /// <summary>0 when the food is in the form it is usually eaten in: cooked for legumes, grains, meat and fish; raw for fruit and vegetables.</summary>
    static int UsualForm(Food food)
    {
        if (EatenCooked.Contains(food.FoodGroup)) return CookedWord().IsMatch(food.Description) ? 0 : 1;
        if (food.FoodGroup is "Fruits and Fruit Juices" or "Vegetables and Vegetable Products") return RawWord().IsMatch(food.Description) ? 0 : 1;
        return 0;
    }

    [GeneratedRegex(@"\b[A-Z][A-Z'&]{3,}\b")]
    private static partial Regex BrandWord();

    [GeneratedRegex(@"\braw\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawWord();

    [GeneratedRegex(@"\b(cooked|boiled|baked|roasted|braised|broiled|grilled|steamed|stewed|simmered|fried|pan-fried|microwaved|canned|drained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookedWord();
}
