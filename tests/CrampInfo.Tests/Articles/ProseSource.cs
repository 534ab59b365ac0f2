using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// The article pages' prose partials read as source: <c>Pages/&lt;Page&gt;/_Prose.cshtml</c> (English) and
/// <c>_Prose.es.cshtml</c> (Spanish) beside each page. <see cref="Markup"/> takes the Razor out, so the prose can be
/// measured and checked before any request renders it.
/// </summary>
public static partial class ProseSource
{
    /// <summary>Each article page's path and the folder of its partials.</summary>
    public static readonly IReadOnlyList<(string Path, string Folder)> Pages =
    [
        ("/", "Index"), ("/muscle-function", "MuscleFunction"), ("/hypokalemia", "Hypokalemia"), ("/treatment", "Treatment"),
        ("/food-sources", "FoodSources"), ("/references", "References"), ("/about", "About"),
    ];

    public static TheoryData<string> Paths => new(Pages.Select(p => p.Path));

    public static string FolderOf(string path) => Pages.Single(p => p.Path == path).Folder;

    public static string English(string path) => File.ReadAllText(Repo.File("src", "CrampInfo.Web", "Pages", FolderOf(path), "_Prose.cshtml"));

    public static string Spanish(string path) => File.ReadAllText(Repo.File("src", "CrampInfo.Web", "Pages", FolderOf(path), "_Prose.es.cshtml"));

    /// <summary>
    /// The partial's markup without its Razor: comments (<c>@* *@</c>), directives (<c>@model</c>, <c>@using</c>)
    /// and code blocks (<c>@{ }</c>) removed; each expression (<c>@x.Y</c>, <c>@x.Y(...)</c>, <c>@(...)</c>)
    /// replaced by <paramref name="expression"/>; control flow (<c>@if (...)</c>, <c>@foreach (...)</c>,
    /// <c>else</c>) and its braces removed, keeping the markup inside; <c>&lt;text&gt;</c> wrappers,
    /// <c>&lt;cite-source /&gt;</c> and <c>&lt;partial /&gt;</c> tags removed.
    /// </summary>
    public static string Markup(string cshtml, string expression)
    {
        var s = Comment().Replace(cshtml, "");
        s = Directive().Replace(s, "");
        s = SelfClosingTagHelper().Replace(s, "");
        var output = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '@' && i + 1 < s.Length)
            {
                var next = s[i + 1];
                if (next == '@') { output.Append('@'); i += 2; continue; }
                if (next == '{') { i = SkipBalanced(s, i + 1); continue; }
                if (next == '(') { i = SkipBalanced(s, i + 1); output.Append(expression); continue; }
                if (char.IsLetter(next) || next == '_')
                {
                    var start = i + 1;
                    var end = Identifier(s, start);
                    var keyword = s[start..end];
                    if (keyword is "if" or "foreach" or "for" or "while" or "switch")
                    {
                        i = SkipSpace(s, end);
                        if (i < s.Length && s[i] == '(') i = SkipBalanced(s, i);
                        continue;
                    }
                    i = end;
                    while (i < s.Length)
                    {
                        if (s[i] == '.' && i + 1 < s.Length && (char.IsLetter(s[i + 1]) || s[i + 1] == '_')) i = Identifier(s, i + 1);
                        else if (s[i] is '(' or '[') i = SkipBalanced(s, i);
                        else break;
                    }
                    output.Append(expression);
                    continue;
                }
            }
            if (ElseAt(s, i) is { } afterElse) { i = afterElse; continue; }
            output.Append(s[i]);
            i++;
        }
        var markup = TextWrapper().Replace(output.ToString(), "");
        return markup.Replace("{", "").Replace("}", "");
    }

    /// <summary>The <c>&lt;cite-source&gt;</c> tags of a partial, each as written, attributes in order.</summary>
    public static IReadOnlyList<string> CiteTags(string cshtml) =>
        CiteSource().Matches(Comment().Replace(cshtml, "")).Select(m => Space().Replace(m.Value, " ")).ToList();

    /// <summary>The markup as a page's <c>&lt;main&gt;</c>, for the readability measures.</summary>
    public static string AsPage(string markup) => $"<!DOCTYPE html><html><body><main>{markup}</main></body></html>";

    /// <summary>Every text node of the markup, joined by spaces (attributes are not text).</summary>
    public static string Text(string markup)
    {
        var document = new HtmlParser().ParseDocument(AsPage(markup));
        var texts = new List<string>();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text) texts.Add(child.TextContent);
                else Walk(child);
            }
        }
        Walk(document.QuerySelector("main")!);
        return Space().Replace(string.Join(" ", texts), " ").Trim();
    }

    /// <summary>"else {" or "else if (...) {" of Razor control flow at <paramref name="i"/>: the index after it.</summary>
    static int? ElseAt(string s, int i)
    {
        if (!s.AsSpan(i).StartsWith("else") || (i > 0 && char.IsLetterOrDigit(s[i - 1]))) return null;
        var j = SkipSpace(s, i + 4);
        if (j < s.Length && s[j] == '{') return j;
        if (s.AsSpan(j).StartsWith("if") && SkipSpace(s, j + 2) is var k && k < s.Length && s[k] == '(') return SkipBalanced(s, k);
        return null;
    }

    static int Identifier(string s, int i)
    {
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
        return i;
    }

    static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    /// <summary>From an opening bracket to just after its match, stepping over C# strings and characters.</summary>
    static int SkipBalanced(string s, int i)
    {
        var depth = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '"' or '\'')
            {
                for (i++; i < s.Length && s[i] != c; i++)
                    if (s[i] == '\\') i++;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}' && --depth == 0) return i + 1;
        }
        throw new FormatException("Unbalanced brackets in a Razor partial.");
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^@(model|using|inject|namespace)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"<(cite-source|partial)\b[^>]*/>")]
    private static partial Regex SelfClosingTagHelper();

    [GeneratedRegex(@"<cite-source\b[^>]*/>")]
    private static partial Regex CiteSource();

    [GeneratedRegex(@"</?text>")]
    private static partial Regex TextWrapper();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
