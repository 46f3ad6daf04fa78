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
        foreach (var document in documents)
            outcomes.Add(PutOne(document, transaction));
        transaction.Commit();
        return outcomes;
    }

    private PutResult PutOne(Document document, DbTransaction transaction)
    {
        var article = document.Article;
        var hash = ContentIdentity.Hash(article);
        if (Scalar(transaction, "SELECT key FROM documents WHERE content_hash = @h", ("@h", hash)) is { } existing)
            return new PutResult(PutOutcome.Unchanged, Convert.ToInt64(existing, CultureInfo.InvariantCulture));
        var identity = ContentIdentity.Of(article);
        var previous = Scalar(transaction, "SELECT MAX(revision) FROM documents WHERE identity = @i", ("@i", identity));
        var revision = previous is null ? 1 : Convert.ToInt32(previous, CultureInfo.InvariantCulture) + 1;
        var meta = article.Metadata;
        var key = Scalar(transaction, """
            INSERT INTO documents (doc_id, identity, revision, content_hash, source, format, title, outlet, url, language,
                published, metadata_json, raw_text, clean_text, offset_map, cleaning_notes, ingested_at)
            VALUES (@doc_id, @identity, @revision, @hash, @source, @format, @title, @outlet, @url, @language,
                @published, @meta, @raw, @clean, @map, @notes, @at)
            RETURNING key
            """,
            ("@doc_id", article.Id), ("@identity", identity), ("@revision", revision), ("@hash", hash),
            ("@source", article.Source), ("@format", article.Format.ToString()), ("@title", meta.Title?.Value),
            ("@outlet", meta.Outlet?.Value), ("@url", meta.Url?.Value), ("@language", meta.Language?.Value),
            ("@published", meta.Published?.Value), ("@meta", StorageJson.Metadata(meta)), ("@raw", article.RawText),
            ("@clean", document.Text), ("@map", StorageJson.Map(document.Map)), ("@notes", StorageJson.Notes(document.CleaningNotes)),
            ("@at", Dialect.Instant(_clock.GetUtcNow())));
        return new PutResult(revision == 1 ? PutOutcome.Ingested : PutOutcome.Revised, Convert.ToInt64(key, CultureInfo.InvariantCulture));
    }

    public void ReplaceEvents(long documentKey, IReadOnlyList<EventRecord> events) => ReplaceEvents([(documentKey, events)]);

    public void ReplaceEvents(IReadOnlyList<(long DocumentKey, IReadOnlyList<EventRecord> Events)> batch)
    {
        using var transaction = Connection.BeginTransaction();
        using var delete = Command(transaction, "DELETE FROM events WHERE doc_key = @k", [("@k", 0L)]);
        using var insert = Command(transaction, Dialect.Upsert("events", "id",
                "id, doc_key, doc, event_date, date_end, event_type, sub_event_type, actor1, actor2, country, admin1, location, fatalities, background, event_id, json",
                "@id, @k, @doc, @date, @end, @type, @sub, @a1, @a2, @country, @admin1, @loc, @fat, @bg, @eid, @json"),
            [("@id", ""), ("@k", 0L), ("@doc", ""), ("@date", ""), ("@end", null), ("@type", ""), ("@sub", ""), ("@a1", ""), ("@a2", null),
             ("@country", ""), ("@admin1", ""), ("@loc", ""), ("@fat", 0), ("@bg", false), ("@eid", null), ("@json", "")]);
        foreach (var (documentKey, events) in batch)
        {
            Set(delete, ("@k", documentKey));
            delete.ExecuteNonQuery();
            foreach (var e in events)
            {
                Set(insert, ("@id", e.Id), ("@k", documentKey), ("@doc", e.Doc), ("@date", e.EventDate), ("@end", e.DateEnd),
                    ("@type", e.EventType), ("@sub", e.SubEventType), ("@a1", e.Actor1), ("@a2", e.Actor2), ("@country", e.Country),
                    ("@admin1", e.Admin1), ("@loc", e.Location), ("@fat", e.Fatalities), ("@bg", e.Background),
                    ("@eid", e.EventId), ("@json", StorageJson.Event(e with { EventId = null })));
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    /// <summary>The fused event of each record lives in the event_id column only (the JSON holds the record as coded).</summary>
    public void SetEventIds(IReadOnlyDictionary<string, string> eventIdOfRecord)
    {
        using var transaction = Connection.BeginTransaction();
        Execute(transaction, "UPDATE events SET event_id = NULL");
        using var update = Command(transaction, "UPDATE events SET event_id = @e WHERE id = @id", [("@e", ""), ("@id", "")]);
        foreach (var (record, eventId) in eventIdOfRecord)
        {
            Set(update, ("@e", eventId), ("@id", record));
            update.ExecuteNonQuery();
        }
        transaction.Commit();
    }

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

    protected object? Scalar(DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
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
