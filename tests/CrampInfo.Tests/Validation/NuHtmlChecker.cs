using System.Diagnostics;
using System.Text.Json;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Validation;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package <c>vnu-jar</c>, pinned in tests/tools/package-lock.json;
/// <c>npm ci --prefix tests/tools</c> installs it) run on HTML the app served. Errors only: warnings are advice.
/// <code>Assert.Empty(NuHtmlChecker.ErrorsIn(html));</code>
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath { get; } = Repo.File("tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>CI installs Java and the jar and sets CRAMPINFO_REQUIRE_VNU=1, so there a missing tool fails.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("CRAMPINFO_REQUIRE_VNU") == "1";

    static string? Java => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "java"))
        .FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when Java or vnu.jar is missing, or fails it when CRAMPINFO_REQUIRE_VNU=1.</summary>
    public static void EnsureAvailable()
    {
        string? missing = null;
        if (Java is null) missing = "Java is not installed (apt-get install -y default-jre-headless)";
        else if (!File.Exists(JarPath)) missing = $"vnu.jar is missing at {JarPath} (npm ci --prefix tests/tools)";
        if (missing is null) return;
        if (IsRequired) Assert.Fail(missing + " (CRAMPINFO_REQUIRE_VNU=1, so this fails instead of skipping)");
        Assert.Skip(missing);
    }

    /// <summary>The checker's errors for one HTML document, each as "line N: message".</summary>
    public static IReadOnlyList<string> ErrorsIn(string html) =>
        ErrorsIn(new Dictionary<string, string> { ["page"] = html })["page"];

    /// <summary>
    /// Errors for several documents (name to HTML) in one run of the checker, which saves Java's start-up per
    /// page. Every name is in the answer, with an empty list when its document is valid.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorsIn(IReadOnlyDictionary<string, string> documents)
    {
        EnsureAvailable();
        var folder = Directory.CreateTempSubdirectory("crampinfo-vnu-");
        try
        {
            var files = documents.Select((d, i) => (d.Key, File: Path.Combine(folder.FullName, $"doc{i}.html"))).ToList();
            foreach (var (name, file) in files) File.WriteAllText(file, documents[name]);

            var start = new ProcessStartInfo(Java!) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }) start.ArgumentList.Add(arg);
            foreach (var (_, file) in files) start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var report = process.StandardError.ReadToEnd(); // the JSON report goes to standard error
            if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(); Assert.Fail("The Nu Html Checker did not finish in 2 minutes."); }
            _ = stdout.Result;

            var errors = files.ToDictionary(f => f.Key, _ => new List<string>());
            using var json = JsonDocument.Parse(report);
            foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                var type = message.GetProperty("type").GetString();
                var subType = message.TryGetProperty("subType", out var st) ? st.GetString() : null;
                if (type != "error" && !(type == "non-document-error") && subType != "fatal") continue;
                var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                var text = $"line {line}: {message.GetProperty("message").GetString()}";
                var owner = files.FirstOrDefault(f => url.EndsWith("/" + Path.GetFileName(f.File), StringComparison.Ordinal)).Key;
                if (owner is null) foreach (var list in errors.Values) list.Add(text); // not tied to a file: count it everywhere
                else errors[owner].Add(text);
            }
            return errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
