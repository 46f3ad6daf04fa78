using System.Data.Common;
using System.Globalization;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>
/// The store's logic over ADO.NET, shared by the SQLite and PostgreSQL backends; each backend supplies its
/// connection, its schema scripts and the few statements whose dialects differ (<see cref="SqlDialect"/>).
/// Parameters are written <c>@name</c>, which both providers accept.
/// </summary>
public abstract partial class SqlDocumentStore : IDocumentStore
{
    private readonly TimeProvider _clock;

    protected SqlDocumentStore(DbConnection connection, SqlDialect dialect, TimeProvider? clock)
    {
        Connection = connection;
        Dialect = dialect;
        _clock = clock ?? TimeProvider.System;
    }

    protected DbConnection Connection { get; }

    protected SqlDialect Dialect { get; }

    public PutResult Put(Document document) => PutMany([document])[0];

    public IReadOnlyList<PutResult> PutMany(IReadOnlyList<Document> documents)
    {
        var outcomes = new List<PutResult>(documents.Count);
        using var transaction = Connection.BeginTransaction();
        using var statements = new PutStatements(this, transaction);
        foreach (var document in documents)
            outcomes.Add(PutOne(document, statements));
        transaction.Commit();
        return outcomes;
    }

    private PutResult PutOne(Document document, PutStatements statements)
    {
        var article = document.Article;
        var hash = ContentIdentity.Hash(article);
        Set(statements.FindByHash, ("@h", hash));
        if (statements.FindByHash.ExecuteScalar() is { } existing and not DBNull)
            return new PutResult(PutOutcome.Unchanged, Convert.ToInt64(existing, CultureInfo.InvariantCulture));
        var identity = ContentIdentity.Of(article);
        Set(statements.LatestRevision, ("@i", identity));
        var previous = statements.LatestRevision.ExecuteScalar();
        var revision = previous is null or DBNull ? 1 : Convert.ToInt32(previous, CultureInfo.InvariantCulture) + 1;
        var meta = article.Metadata;
        Set(statements.Insert,
            ("@doc_id", article.Id), ("@identity", identity), ("@revision", revision), ("@hash", hash),
            ("@source", article.Source), ("@format", article.Format.ToString()), ("@title", meta.Title?.Value),
            ("@outlet", meta.Outlet?.Value), ("@url", meta.Url?.Value), ("@language", meta.Language?.Value),
            ("@published", meta.Published?.Value), ("@meta", StorageJson.Metadata(meta)), ("@raw", article.RawText),
            ("@clean", document.Text), ("@map", StorageJson.Map(document.Map)), ("@notes", StorageJson.Notes(document.CleaningNotes)),
            ("@at", Dialect.Instant(_clock.GetUtcNow())));
        var key = statements.Insert.ExecuteScalar();
        return new PutResult(revision == 1 ? PutOutcome.Ingested : PutOutcome.Revised, Convert.ToInt64(key, CultureInfo.InvariantCulture));
    }

    /// <summary>The three statements storing a document, prepared once per batch and reused for each document.</summary>
    private sealed class PutStatements(SqlDocumentStore store, DbTransaction transaction) : IDisposable
    {
        public DbCommand FindByHash { get; } = store.Command(transaction, "SELECT key FROM documents WHERE content_hash = @h", [("@h", "")]);

        public DbCommand LatestRevision { get; } = store.Command(transaction, "SELECT MAX(revision) FROM documents WHERE identity = @i", [("@i", "")]);

        public DbCommand Insert { get; } = store.Command(transaction, """
            INSERT INTO documents (doc_id, identity, revision, content_hash, source, format, title, outlet, url, language,
                published, metadata_json, raw_text, clean_text, offset_map, cleaning_notes, ingested_at)
            VALUES (@doc_id, @identity, @revision, @hash, @source, @format, @title, @outlet, @url, @language,
                @published, @meta, @raw, @clean, @map, @notes, @at)
            RETURNING key
            """,
            [("@doc_id", ""), ("@identity", ""), ("@revision", 0), ("@hash", ""), ("@source", ""), ("@format", ""), ("@title", null),
             ("@outlet", null), ("@url", null), ("@language", null), ("@published", null), ("@meta", ""), ("@raw", ""),
             ("@clean", ""), ("@map", ""), ("@notes", ""), ("@at", "")]);

        public void Dispose()
        {
            FindByHash.Dispose();
            LatestRevision.Dispose();
            Insert.Dispose();
        }
    }

    public void ReplaceEvents(long documentKey, IReadOnlyList<EventRecord> events) => ReplaceEvents([(documentKey, events)]);

    /// <remarks>
    /// One prepared insert, bound per record. (Passing the batch as one JSON array to a single statement was measured
    /// slower: the database parsing the JSON cost more than the driver binding the values.)
    /// </remarks>
    public void ReplaceEvents(IReadOnlyList<(long DocumentKey, IReadOnlyList<EventRecord> Events)> batch)
    {
        if (batch.Count == 0)
            return;
        using var transaction = Connection.BeginTransaction();
        // The documents' own events go, and those of their articles' other revisions: an article's events are those
        // of the revision coded last.
        var revisions = $"""
            SELECT o.key FROM documents o JOIN documents n ON n.identity = o.identity
            WHERE n.key IN ({Dialect.IntegersOf("@keys")})
            """;
        Execute(transaction, $"""
            DELETE FROM event_links WHERE record_id IN (SELECT id FROM events WHERE doc_key IN ({revisions}));
            DELETE FROM events WHERE doc_key IN ({revisions});
            """, ("@keys", StorageJson.Keys(batch.Select(b => b.DocumentKey))));
        InsertEvents(transaction, batch);
        transaction.Commit();
    }

    /// <summary>Inserts a batch's records in the open transaction (<see cref="SqlDialect.InsertEvent"/>, bound per record).</summary>
    protected virtual void InsertEvents(DbTransaction transaction, IReadOnlyList<(long DocumentKey, IReadOnlyList<EventRecord> Events)> batch)
    {
        using var insert = Command(transaction, Dialect.InsertEvent,
            [("@id", ""), ("@k", 0L), ("@doc", ""), ("@date", ""), ("@end", null), ("@type", ""), ("@sub", ""), ("@a1", ""), ("@a2", null),
             ("@country", ""), ("@admin1", ""), ("@loc", ""), ("@fat", 0), ("@bg", false), ("@json", "")]);
        var p = insert.Parameters;
        foreach (var (documentKey, events) in batch)
        {
            foreach (var e in events)
            {
                // Bound by position, in the order of the statement's parameters: a lookup by name per value costs.
                p[0].Value = e.Id;
                p[1].Value = documentKey;
                p[2].Value = e.Doc;
                p[3].Value = Dialect.Value(e.EventDate);
                p[4].Value = Dialect.Value(e.DateEnd) ?? DBNull.Value;
                p[5].Value = e.EventType;
                p[6].Value = e.SubEventType;
                p[7].Value = e.Actor1;
                p[8].Value = (object?)e.Actor2 ?? DBNull.Value;
                p[9].Value = e.Country;
                p[10].Value = e.Admin1;
                p[11].Value = e.Location;
                p[12].Value = e.Fatalities;
                p[13].Value = Dialect.Value(e.Background)!;
                p[14].Value = StoredJson(e);
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>A record's JSON as stored: the record as coded, without a fused event id.</summary>
    protected static string StoredJson(EventRecord record) =>
        StorageJson.Event(record.EventId is null ? record : record with { EventId = null });

    /// <summary>
    /// Links records to fused events (they live in <c>event_links</c>; the events' JSON holds the record as coded),
    /// replacing the given records' links and keeping the others. Written in chunks of <see cref="LinkChunk"/>, each
    /// one statement.
    /// </summary>
    public void SetEventIds(IEnumerable<KeyValuePair<string, string>> eventIdOfRecord)
    {
        using var transaction = Connection.BeginTransaction();
        foreach (var chunk in eventIdOfRecord.Chunk(LinkChunk))
            Execute(transaction, Dialect.InsertLinksFromJson, ("@links", StorageJson.Links(chunk)));
        transaction.Commit();
    }

    private const int LinkChunk = 50_000;

    private void Set(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
            command.Parameters[name].Value = Dialect.Value(value) ?? DBNull.Value;
    }

    public virtual void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void Execute(DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    protected DbCommand Command(DbTransaction? transaction, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Dialect.Value(value) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
