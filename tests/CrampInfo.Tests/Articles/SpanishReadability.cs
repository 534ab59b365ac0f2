using System.Text.RegularExpressions;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// Reading ease of Spanish text, by the two formulas Spanish health writing uses (research/spanish.md):
/// <list type="bullet">
/// <item><b>Fernández-Huerta</b>: 206.84 - 60 x (syllables / words) - 1.02 x (words / sentences). 70 to 80 is
/// "fairly easy" (about US grade 6 to 7). The often copied form with "sentences per 100 words" is a misprint.</item>
/// <item><b>INFLESZ</b> (Szigriszt-Pazos): 206.835 - 62.3 x (syllables / words) - (words / sentences). 55 to 65 is
/// "normal", 65 to 80 "fairly easy".</item>
/// </list>
/// <para><b>Main text, sentences and words</b> are exactly those of the English measure (<see cref="Readability"/>):
/// the same page text, the same sentence ends, a word is a run of non-space characters holding a letter or digit.</para>
/// <para><b>Syllables</b>: a word is lower-cased, stripped of punctuation (¿ ¡ « » and the English measure's) and
/// split at hyphens and slashes into parts whose syllables add up. A number counts as the English measure counts it
/// (as many syllables as digits: "2,600" is 4, "3.5" is 2). In each part:
/// the vowels are a, e, i, o, u, á, é, í, ó, ú, ü, and y when it ends the part ("muy", "hoy", "y"; elsewhere y is a
/// consonant, as in "ayuda"); the u of que, qui, gue, gui is silent and not a vowel (but ü is: "pingüino");
/// h is a consonant. Each run of adjacent vowels is one syllable, except that it splits between two "strong" vowels
/// side by side: a, e, o (with or without an accent) and an accented í or ú ("le-er", "po-e-ta", "dí-a", "pa-ís").
/// So a weak vowel (i, u, ü, final y) with a strong one, or two weak ones, stay one syllable ("sie-te", "ciu-dad",
/// "a-gua"). At least one syllable a part, so "mg" is one.</para>
/// </summary>
public static partial class SpanishReadability
{
    public sealed record Result(double FernandezHuerta, double Inflesz, int Sentences, int Words, int Syllables, string Text);

    /// <summary>The scores of the main text of a whole HTML page.</summary>
    public static Result OfPage(string html) => Of(Readability.MainTextSentences(html));

    /// <summary>The scores of plain text: one block, split into sentences as the English measure splits it.</summary>
    public static Result OfText(string text) => Of(Readability.SentencesIn(text));

    static Result Of(IReadOnlyList<string> sentences)
    {
        var words = sentences.SelectMany(Readability.WordsOf).ToList();
        var syllables = words.Sum(SyllablesIn);
        if (sentences.Count == 0 || words.Count == 0) return new Result(0, 0, sentences.Count, words.Count, syllables, "");
        var syllablesPerWord = (double)syllables / words.Count;
        var wordsPerSentence = (double)words.Count / sentences.Count;
        return new Result(
            Math.Round(206.84 - 60 * syllablesPerWord - 1.02 * wordsPerSentence, 2),
            Math.Round(206.835 - 62.3 * syllablesPerWord - wordsPerSentence, 2),
            sentences.Count, words.Count, syllables, string.Join("\n", sentences));
    }

    public static int SyllablesIn(string word)
    {
        var w = word.ToLowerInvariant().Trim('"', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '¿', '¡', '«', '»', '“', '”', '‘', '’');
        if (Readability.NumberSyllables(w) is { } digits) return digits;
        var parts = w.Split(['-', '/', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.Where(char.IsLetter).ToArray()))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count == 0 ? 1 : parts.Sum(PartSyllables);
    }

    static int PartSyllables(string part)
    {
        // The u of que, qui, gue, gui is only spelling: drop it before counting vowels.
        var spoken = SilentU().Replace(part, "$1");
        var count = 0;
        var previous = '\0'; // the vowel just before, or '\0' after a consonant
        for (var i = 0; i < spoken.Length; i++)
        {
            var c = spoken[i];
            var isVowel = IsVowel(c) || (c == 'y' && i == spoken.Length - 1);
            if (!isVowel) { previous = '\0'; continue; }
            if (previous == '\0' || (IsStrong(previous) && IsStrong(c))) count++;
            previous = c;
        }
        return Math.Max(1, count);
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    /// <summary>a, e, o with or without an accent, and accented í, ú: two of these side by side are two syllables.</summary>
    static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';

    [GeneratedRegex("([qg])u(?=[eiéí])")]
    private static partial Regex SilentU();
}
