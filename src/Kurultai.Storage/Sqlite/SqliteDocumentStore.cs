using System.Globalization;
using Kurultai.Model;
using Microsoft.Data.Sqlite;

namespace Kurultai.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, versioned migrations, content-hash identity, FTS5 over
/// titles and cleaned texts.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteDocumentStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    public string Path { get; private init; } = "";

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
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
        SqliteMigrator.Migrate(connection);
        return new SqliteDocumentStore(connection, clock ?? TimeProvider.System) { Path = full };
    }

    public int SchemaVersion => SqliteMigrator.CurrentVersion(_connection);

    public PutOutcome Put(Document document) => PutMany([document])[0];

    public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<Document> documents)
    {
        var outcomes = new List<PutOutcome>(documents.Count);
        using var transaction = _connection.BeginTransaction();
        foreach (var document in documents)
            outcomes.Add(PutOne(document, transaction));
        transaction.Commit();
        return outcomes;
    }

    private PutOutcome PutOne(Document document, SqliteTransaction transaction)
    {
        var article = document.Article;
        var hash = ContentIdentity.Hash(article);
        if (Scalar(transaction, "SELECT 1 FROM documents WHERE content_hash = $h", ("$h", hash)) is not null)
            return PutOutcome.Unchanged;
        var identity = ContentIdentity.Of(article);
        var previous = Scalar(transaction, "SELECT MAX(revision) FROM documents WHERE identity = $i", ("$i", identity));
        var revision = previous is long last ? (int)last + 1 : 1;
        var meta = article.Metadata;
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO documents (doc_id, identity, revision, content_hash, source, format, title, outlet, url, language,
                published, metadata_json, raw_text, clean_text, offset_map, cleaning_notes, ingested_at)
            VALUES ($doc_id, $identity, $revision, $hash, $source, $format, $title, $outlet, $url, $language,
                $published, $meta, $raw, $clean, $map, $notes, $at)
            """;
        Bind(command,
            ("$doc_id", article.Id), ("$identity", identity), ("$revision", revision), ("$hash", hash),
            ("$source", article.Source), ("$format", article.Format.ToString()), ("$title", meta.Title?.Value),
            ("$outlet", meta.Outlet?.Value), ("$url", meta.Url?.Value), ("$language", meta.Language?.Value),
            ("$published", meta.Published?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$meta", StorageJson.Metadata(meta)), ("$raw", article.RawText), ("$clean", document.Text),
            ("$map", StorageJson.Map(document.Map)), ("$notes", StorageJson.Notes(document.CleaningNotes)),
            ("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
        return revision == 1 ? PutOutcome.Ingested : PutOutcome.Revised;
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private object? Scalar(SqliteTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
