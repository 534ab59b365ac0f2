using System.Collections.Frozen;
using CrampInfo.Web.Data;

namespace CrampInfo.Web.Infobutton;

/// <summary>One row of <c>SeedData/infobutton/codes.csv</c>: a code, the page it leads to, and what confirms it.</summary>
public sealed record CodeRow(CodeSystem System, string Code, Topic Topic, string Display, string Source);

/// <summary>
/// The code found for a code that was asked about: the row itself, or (for ICD-10-CM) the nearest code above it
/// in the table. <see cref="Code"/> is the table's code, as the table writes it.
/// </summary>
public sealed record CodeMatch(CodeRow Row, bool ByFallback)
{
    public string Code => Row.Code;
}

/// <summary>
/// The codes /infobutton answers, from the CSV file a clinic can read and extend (see its README). Matching:
/// exact within the code system; ICD codes with or without the dot; an ICD-10-CM code that is not in the
/// table falls back one character at a time to a code that is (M62.838 to M62.83), but never to a
/// three-character category, which is too broad to say what the record meant.
/// </summary>
public sealed class CodeTable
{
    public const string ResourceName = "SeedData/infobutton/codes.csv";
    public static readonly string[] Header = ["code_system_oid", "code", "page", "display", "source"];

    /// <summary>Codes longer than this are no code of any system we know: they are not looked up at all.</summary>
    public const int MaxCodeLength = 32;

    /// <summary>ICD-10-CM's category: the first three characters. A fallback never goes that far up.</summary>
    const int Icd10CmCategoryLength = 3;

    readonly FrozenDictionary<(CodeSystem, string), CodeRow> rows;

    CodeTable(IReadOnlyList<CodeRow> all, IReadOnlyList<string> problems)
    {
        Rows = all;
        Problems = problems;
        rows = all.GroupBy(r => (r.System, r.System.Normalize(r.Code))).ToFrozenDictionary(g => g.Key, g => g.First());
    }

    public IReadOnlyList<CodeRow> Rows { get; }

    /// <summary>Rows of the file that were left out, each with its line number and why.</summary>
    public IReadOnlyList<string> Problems { get; }

    static readonly Lazy<CodeTable> ShippedTable = new(() =>
    {
        using var stream = typeof(CodeTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded data file {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    /// <summary>The table built into the app.</summary>
    public static CodeTable Shipped => ShippedTable.Value;

    /// <summary>
    /// Reads a table: a header row, then one row per code. A row that cannot be used (an unknown code system or
    /// page, a missing field, a code already listed) is left out and named in <see cref="Problems"/>.
    /// </summary>
    public static CodeTable Read(TextReader reader)
    {
        var rows = new List<CodeRow>();
        var problems = new List<string>();
        var seen = new HashSet<(CodeSystem, string)>();
        var line = 0;
        foreach (var fields in Csv.Read(reader))
        {
            line++;
            if (line == 1)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(Header))
                    problems.Add($"line 1: the header must be {string.Join(',', Header)}");
                continue;
            }
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (fields.Length != Header.Length) { problems.Add($"line {line}: {fields.Length} fields, not {Header.Length}"); continue; }
            var (oid, code, page, display, source) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), fields[4].Trim());
            if (CodeSystem.FromOid(oid) is not { } system) { problems.Add($"line {line}: the code system {oid} is not one of {string.Join(", ", CodeSystem.All.Select(s => s.Oid))}"); continue; }
            if (code.Length == 0 || code.Length > MaxCodeLength) { problems.Add($"line {line}: the code must be 1 to {MaxCodeLength} characters"); continue; }
            if (Topics.ForPath(page) is not { } topic) { problems.Add($"line {line}: the page {page} is not one of {string.Join(", ", Topics.All.Select(t => t.Path))}"); continue; }
            if (display.Length == 0 || source.Length == 0) { problems.Add($"line {line}: the display and the source must be filled in"); continue; }
            if (!seen.Add((system, system.Normalize(code)))) { problems.Add($"line {line}: the code is already in the table"); continue; }
            rows.Add(new CodeRow(system, code, topic, display, source));
        }
        return new CodeTable(rows, problems);
    }

    /// <summary>The row for a code of a system, or null when neither the code nor (for ICD-10-CM) a code above it is in the table.</summary>
    public CodeMatch? Match(CodeSystem system, string code)
    {
        var normalized = system.Normalize(code);
        if (normalized.Length == 0 || normalized.Length > MaxCodeLength) return null;
        if (rows.TryGetValue((system, normalized), out var exact)) return new CodeMatch(exact, ByFallback: false);
        if (system != CodeSystem.Icd10Cm) return null;
        for (var length = normalized.Length - 1; length > Icd10CmCategoryLength; length--)
            if (rows.TryGetValue((system, normalized[..length]), out var parent)) return new CodeMatch(parent, ByFallback: true);
        return null;
    }
}
