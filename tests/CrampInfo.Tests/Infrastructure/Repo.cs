namespace CrampInfo.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "CrampInfo.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CrampInfo.sln not found above the test binaries.");
    }
}
