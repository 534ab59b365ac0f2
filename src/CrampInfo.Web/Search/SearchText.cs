using System.Text;

namespace CrampInfo.Web.Search;

/// <summary>
/// How search reads text, the same for the food table and for what a person types: lower case without accents,
/// words of letters and digits, small words and portion words dropped, and each word also under its singular
/// forms (so "berries" meets "berry", "potatoes" meets "potato", "cookies" meets "cookie").
/// </summary>
public static class SearchText
{
    /// <summary>Words that say nothing about which food is meant ("a cup of coffee", "mac and cheese").</summary>
    static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "with", "in", "on", "or", "for", "to", "some", "my",
        "cup", "cups", "glass", "glasses", "slice", "slices", "piece", "pieces", "bowl", "bowls", "serving", "servings",
        "handful", "plate", "portion",
    };

    /// <summary>Words longer than this are not food words (and would only cost time).</summary>
    public const int MaxWordLength = 30;

    /// <summary>The words of a text, in order, lower case, accents removed, ignored words left out (unless nothing else is left).</summary>
    public static List<string> Words(string? text)
    {
        var all = new List<string>();
        if (string.IsNullOrEmpty(text)) return all;
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                // Single letters are left over from "McDonald's" or "1/2"; digits keep their meaning ("2% milk").
                if (word.Length <= MaxWordLength && (word.Length > 1 || char.IsDigit(word[0]))) all.Add(word);
                start = -1;
            }
        }
        var meaningful = all.Where(w => !Ignored.Contains(w)).ToList();
        return meaningful.Count > 0 ? meaningful : all;
    }

    /// <summary>Lower case, accents removed ("Plátano" is "platano", "piña" is "pina"), in the invariant culture.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            // The Latin-1 letters that Spanish, French and German food names use; the table is our own rather
            // than Unicode decomposition, which the app's invariant globalization mode does not perform.
            var index = AccentedLetters.IndexOf(c);
            folded.Append(index < 0 ? c : PlainLetters[index]);
        }
        return folded.ToString();
    }

    const string AccentedLetters = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    const string PlainLetters = "aaaaaaceeeeiiiinooooouuuuyy";

    /// <summary>The word itself and the singular forms it may stand for, most likely first.</summary>
    public static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 4 || !word.EndsWith('s')) yield break;
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            yield break;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) yield return word[..^3] + "y";   // berries
        if (word.EndsWith("ves", StringComparison.Ordinal)) yield return word[..^3] + "f";                       // leaves
        if (word.EndsWith("oes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("zes", StringComparison.Ordinal))
            yield return word[..^2];                                                                          // potatoes, peaches
        yield return word[..^1];                                                                              // beans, cookies
    }

    /// <summary>
    /// The Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours)
    /// between two words, or <paramref name="max"/> + 1 as soon as it is known to be larger than <paramref name="max"/>.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        var width = b.Length + 1;
        Span<int> rows = width <= 64 ? stackalloc int[3 * width] : new int[3 * width];
        var before = rows[..width];            // row i - 2
        var previous = rows[width..(2 * width)]; // row i - 1
        var current = rows[(2 * width)..];
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// How many typing mistakes a word may hold and still find its food: none under 4 letters (too many short words
    /// are one letter apart), 1 up to 7 letters, 2 from 8 letters.
    /// </summary>
    public static int TyposAllowed(string word) => word.Length < 4 ? 0 : word.Length < 8 ? 1 : 2;
}
