using Microsoft.Playwright;

namespace CrampInfo.Tests.Browser;

/// <summary>
/// Debian's Chromium, the only browser the tests use. Playwright is always given its path, so no test ever
/// downloads a browser (never run <c>playwright install</c>). Keep Playwright's Chromium major version in step
/// with Debian's.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage = "Chromium is not installed at /usr/bin/chromium; apt-get install -y chromium";

    public static readonly IReadOnlyList<string> Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI installs Chromium and sets CRAMPINFO_REQUIRE_BROWSER=1, so there a missing browser fails.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("CRAMPINFO_REQUIRE_BROWSER") == "1";

    /// <summary>Skips the calling test when Chromium is missing, or fails it when CRAMPINFO_REQUIRE_BROWSER=1.</summary>
    public static void EnsureAvailable()
    {
        if (IsInstalled) return;
        if (IsRequired) Assert.Fail(MissingMessage + " (CRAMPINFO_REQUIRE_BROWSER=1, so this fails instead of skipping)");
        Assert.Skip(MissingMessage);
    }

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = Args,
        Timeout = 30_000,
    };
}
