namespace CrampInfo.Web.Hosting;

/// <summary>
/// The content root is the folder that holds the real appsettings.json and wwwroot/: the repository root
/// under <c>dotnet run</c> (the project's RunWorkingDirectory) and in tests (the test factory sets it), and
/// the app's own folder once published. A published app started from another folder still finds them.
/// </summary>
public static class ContentRoot
{
    public static string? Choose(string[] args)
    {
        var explicitlySet = args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"));
        if (explicitlySet || HoldsSettings(Directory.GetCurrentDirectory())) return null;
        return HoldsSettings(AppContext.BaseDirectory) ? AppContext.BaseDirectory : null;
    }

    static bool HoldsSettings(string folder) => File.Exists(Path.Combine(folder, "appsettings.json"));
}
