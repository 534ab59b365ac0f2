using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// Flesch-Kincaid grade level of a page's main text:
/// 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59.
/// <para><b>Main text</b> is the text of the page's <c>&lt;main&gt;</c> element after removing <c>table</c>,
/// <c>figure</c> (with its SVG chart and caption), <c>svg</c>, <c>nav</c>, <c>code</c>, <c>script</c>,
/// <c>style</c>, citations (<c>sup.cite</c>) and print-only parts (<c>.print-only</c>: the list of the page's
/// sources that only a printed page shows). Every remaining block (<c>p</c>, <c>li</c>, <c>h1</c>-<c>h6</c>,
/// <c>dt</c>, <c>dd</c>, <c>blockquote</c>, <c>figcaption</c> outside figures, <c>caption</c> outside tables)
/// counts on its own: its own text (a list item nested in a list item counts separately), split into sentences
/// after '.', '!', '?' or ':' followed by a space or the end; a block without such an ending (a heading, a list
/// item) is one sentence.</para>
/// <para><b>Words</b> are runs of non-space characters holding a letter or digit.</para>
/// <para><b>Syllables</b>: a word is lower-cased and split at hyphens and slashes into parts whose syllables
/// add up. In each part: count groups of vowels (a, e, i, o, u, y); take one off for a silent final "e" (but not
/// for "-le" after a consonant, as in "table", or for "-ee", "-ye"); take one off for a final "-ed" not after
/// "t" or "d" ("cramped"); take one off for a final "-es" not after s, x, z, ch, sh, c, g ("takes"); at least
/// one syllable a part. A number (digits with any commas or points, like "2,600" or "3.5") counts as one word
/// of as many syllables as it has digits (so "2,600" is 4, "3.5" is 2), roughly the time it takes to read.</para>
/// </summary>
public static partial class Readability
{
    public sealed record Result(double Grade, int Sentences, int Words, int Syllables, string Text);

    static readonly string[] Removed = ["table", "figure", "svg", "nav", "code", "script", "style", "sup.cite", ".print-only"];
    const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, figcaption, caption";

    /// <summary>The grade of the main text of a whole HTML page.</summary>
    public static Result OfPage(string html) => Of(MainTextSentences(html));

    /// <summary>The grade of plain text: one block, split into sentences as above.</summary>
    public static Result OfText(string text) => Of(SentencesIn(text));

    /// <summary>The sentences of a page's main text, as described above (the Spanish measure reads the same text).</summary>
    public static IReadOnlyList<string> MainTextSentences(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main> element.");
        foreach (var selector in Removed)
            foreach (var element in main.QuerySelectorAll(selector).ToList())
                element.Remove();

        var sentences = new List<string>();
        foreach (var block in main.QuerySelectorAll(Blocks))
            sentences.AddRange(SentencesOf(OwnText(block)));
        return sentences;
    }

    /// <summary>Plain text as one block, split into sentences as above.</summary>
    public static IReadOnlyList<string> SentencesIn(string text) => SentencesOf(text).ToList();

    static Result Of(IReadOnlyList<string> sentences)
    {
        var words = sentences.SelectMany(WordsOf).ToList();
        var syllables = words.Sum(SyllablesIn);
        var grade = sentences.Count == 0 || words.Count == 0
            ? 0
            : 0.39 * words.Count / sentences.Count + 11.8 * syllables / words.Count - 15.59;
        return new Result(Math.Round(grade, 2), sentences.Count, words.Count, syllables, string.Join("\n", sentences));
    }

    /// <summary>A block's text without the text of blocks nested in it (they count on their own).</summary>
    static string OwnText(IElement block)
    {
        var text = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e && e.Matches(Blocks)) continue;
                if (child.NodeType == NodeType.Text) text.Append(child.TextContent);
                else Walk(child);
            }
        }
        Walk(block);
        return Space().Replace(text.ToString(), " ").Trim();
    }

    static IEnumerable<string> SentencesOf(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => WordsOf(s).Any());

    /// <summary>The words of a sentence, as described above.</summary>
    public static IEnumerable<string> WordsOf(string sentence) =>
        sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit));

    public static int SyllablesIn(string word)
    {
        var w = word.ToLowerInvariant().Trim('"', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '“', '”', '‘', '’');
        if (NumberSyllables(w) is { } digits) return digits;
        var parts = w.Split(['-', '/', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.Where(char.IsLetter).ToArray()))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count == 0 ? 1 : parts.Sum(PartSyllables);
    }

    /// <summary>A number (digits with any commas or points, and a percent sign) is as many syllables as it has
    /// digits; null when the word, trimmed of punctuation, is not a number.</summary>
    public static int? NumberSyllables(string word) =>
        Number().IsMatch(word) ? Math.Max(1, word.Count(char.IsDigit)) : null;

    static int PartSyllables(string part)
    {
        var count = VowelGroup().Matches(part).Count;
        if (part.Length > 2 && part.EndsWith('e') && !part.EndsWith("ee") && !part.EndsWith("ye")
            && !(part.EndsWith("le") && !IsVowel(part[^3])))
            count--;
        else if (part.Length > 3 && part.EndsWith("ed") && part[^3] is not ('t' or 'd') && !IsVowel(part[^3]))
            count--;
        else if (part.Length > 3 && part.EndsWith("es") && !IsVowel(part[^3])
            && !(part[^3] is 's' or 'x' or 'z' or 'c' or 'g') && !part.EndsWith("ches") && !part.EndsWith("shes"))
            count--;
        return Math.Max(1, count);
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex VowelGroup();

    [GeneratedRegex(@"^[0-9][0-9,.]*%?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=[.!?:])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
