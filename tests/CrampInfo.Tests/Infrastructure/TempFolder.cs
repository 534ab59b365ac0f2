using Microsoft.Data.Sqlite;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>A temp folder for a test's own database file, deleted (with SQLite's pooled handles let go) when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("crampinfo-test-").FullName;

    /// <summary>The database file the tests use in it.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "crampinfo.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
