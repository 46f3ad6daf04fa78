using System.Data.Common;
using System.Globalization;
using Kurultai.Model;

namespace Kurultai.Storage.Sqlite;

/// <summary>SQLite's side of the SQL: dates as ISO text, booleans as 0/1, FTS5 search with bm25 and snippet(), indexed on demand.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public override object? Value(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    public override object Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    /// <remarks>SQLite hands over its UTF-8 text as bytes, which the JSON reader takes as they are.</remarks>
    public override EventRecord ReadEvent(DbDataReader reader, int ordinal) => StorageJson.Event(reader.GetFieldValue<byte[]>(ordinal));

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public override string SearchSql(string latestRevision) => $"""
        SELECT d.key, d.doc_id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts)
        FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid
        WHERE documents_fts MATCH @q AND {latestRevision}
        ORDER BY bm25(documents_fts) LIMIT @limit
        """;

    /// <remarks>Documents are indexed on demand (schema 005): storing them costs no tokenising.</remarks>
    public override string CatchUpSearchIndex => """
        INSERT INTO documents_fts (rowid, title, clean_text)
            SELECT key, title, clean_text FROM documents WHERE key > (SELECT indexed_through FROM search_state) ORDER BY key;
        UPDATE search_state SET indexed_through = (SELECT COALESCE(MAX(key), 0) FROM documents);
        """;

    public override string SearchQuery(string userQuery) => FtsQuery.From(userQuery);

    public override string ContainsOperator => "LIKE";

    public override string InsertEvent => """
        INSERT OR REPLACE INTO events (id, doc_key, doc, event_date, date_end, event_type, sub_event_type, actor1, actor2,
            country, admin1, location, fatalities, background, json)
        VALUES (@id, @k, @doc, @date, @end, @type, @sub, @a1, @a2, @country, @admin1, @loc, @fat, @bg, @json)
        """;

    public override string IntegersOf(string jsonParameter) => $"SELECT value FROM json_each({jsonParameter})";

    public override string InsertLinksFromJson =>
        "INSERT OR REPLACE INTO event_links (record_id, event_id) SELECT key, value FROM json_each(@links)";
}
