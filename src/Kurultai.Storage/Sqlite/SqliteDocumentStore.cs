using Microsoft.Data.Sqlite;

namespace Kurultai.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, versioned migrations, content-hash identity, FTS5 over
/// titles and cleaned texts.
/// </summary>
public sealed class SqliteDocumentStore : SqlDocumentStore
{
    private SqliteDocumentStore(SqliteConnection connection, TimeProvider? clock, string path)
        : base(connection, new SqliteDialect(), clock) => Path = path;

    /// <summary>The database file's full path (or <c>:memory:</c>).</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the database file and brings its schema up to date.</summary>
    public static SqliteDocumentStore Open(string path, TimeProvider? clock = null)
    {
        var full = path == ":memory:" ? path : System.IO.Path.GetFullPath(path);
        if (full != ":memory:" && System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;";
            pragmas.ExecuteNonQuery();
        }
        SqliteMigrator.Migrate(connection);
        return new SqliteDocumentStore(connection, clock, full);
    }

    public int SchemaVersion => SqliteMigrator.CurrentVersion((SqliteConnection)Connection);

    public override void Dispose()
    {
        base.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
