using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <remarks>
    /// Event records are bound straight through SQLite's C interface, each parameter by its index: the ADO.NET layer
    /// looks every parameter up by name on every row, which measured 1.44 s against 1.15 s for 200,000 rows.
    /// </remarks>
    protected override void InsertEvents(System.Data.Common.DbTransaction transaction, IReadOnlyList<(long DocumentKey, IReadOnlyList<Kurultai.Model.EventRecord> Events)> batch)
    {
        var db = ((SqliteConnection)Connection).Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, Dialect.InsertEvent, out var statement));
        using (statement)
        {
            foreach (var (documentKey, events) in batch)
            {
                foreach (var e in events)
                {
                    raw.sqlite3_bind_text(statement, 1, e.Id);
                    raw.sqlite3_bind_int64(statement, 2, documentKey);
                    raw.sqlite3_bind_text(statement, 3, e.Doc);
                    raw.sqlite3_bind_text(statement, 4, (string)Dialect.Value(e.EventDate)!);
                    if (e.DateEnd is { } end)
                        raw.sqlite3_bind_text(statement, 5, (string)Dialect.Value(end)!);
                    else
                        raw.sqlite3_bind_null(statement, 5);
                    raw.sqlite3_bind_text(statement, 6, e.EventType);
                    raw.sqlite3_bind_text(statement, 7, e.SubEventType);
                    raw.sqlite3_bind_text(statement, 8, e.Actor1);
                    if (e.Actor2 is { } actor2)
                        raw.sqlite3_bind_text(statement, 9, actor2);
                    else
                        raw.sqlite3_bind_null(statement, 9);
                    raw.sqlite3_bind_text(statement, 10, e.Country);
                    raw.sqlite3_bind_text(statement, 11, e.Admin1);
                    raw.sqlite3_bind_text(statement, 12, e.Location);
                    raw.sqlite3_bind_int(statement, 13, e.Fatalities);
                    raw.sqlite3_bind_int(statement, 14, e.Background ? 1 : 0);
                    raw.sqlite3_bind_text(statement, 15, StoredJson(e));
                    var step = raw.sqlite3_step(statement);
                    if (step != raw.SQLITE_DONE)
                        Check(db, step);
                    raw.sqlite3_reset(statement);
                }
            }
        }
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }

    public override void Dispose()
    {
        base.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
