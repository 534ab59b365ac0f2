using System.Text.RegularExpressions;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Browser;

/// <summary>Tests use Debian's Chromium only: nothing installs a browser, and every launch goes through <see cref="Chromium"/>.</summary>
public sealed partial class NoBrowserDownloadTests
{
    [Fact]
    public void No_test_code_installs_a_browser_or_launches_one_without_the_fixed_executable()
    {
        var files = Directory.EnumerateFiles(Repo.File("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) != $"{nameof(NoBrowserDownloadTests)}.cs")
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            Assert.DoesNotMatch(Install(), code);
            foreach (Match launch in Launch().Matches(code))
                Assert.Contains("Chromium.LaunchOptions", launch.Value);
        }
    }

    [GeneratedRegex(@"Playwright\.Program\.Main|""install""")]
    private static partial Regex Install();

    [GeneratedRegex(@"\.LaunchAsync\([^;]*;")]
    private static partial Regex Launch();
}
