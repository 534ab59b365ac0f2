using Microsoft.Data.Sqlite;

namespace CrampInfo.Web.Data;

/// <summary>
/// Where the SQLite database lives (<c>ConnectionStrings:CrampInfo</c>; a relative path is taken from the
/// content root), and the two ways the app opens it: read-write only while it sets the database up,
/// read-only for everything a visitor does.
/// </summary>
public sealed class DatabaseLocation
{
    public const string ConnectionStringName = "CrampInfo";
    const string DefaultConnectionString = "Data Source=data/crampinfo.db";

    public DatabaseLocation(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} must name a database file, for example \"{DefaultConnectionString}\".");
        FilePath = Path.GetFullPath(builder.DataSource, environment.ContentRootPath);
        builder.DataSource = FilePath;
        builder.Pooling = true;

        var readWrite = new SqliteConnectionStringBuilder(builder.ConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate };
        ReadWriteConnectionString = readWrite.ConnectionString;
        var readOnly = new SqliteConnectionStringBuilder(builder.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
        ReadOnlyConnectionString = readOnly.ConnectionString;
    }

    /// <summary>The database file, as an absolute path.</summary>
    public string FilePath { get; }

    /// <summary>For setting the database up at start: creates the file when it is missing.</summary>
    public string ReadWriteConnectionString { get; }

    /// <summary>For serving requests: the app never writes once it has started.</summary>
    public string ReadOnlyConnectionString { get; }
}
