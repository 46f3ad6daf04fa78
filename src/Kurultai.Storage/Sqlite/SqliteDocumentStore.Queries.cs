using System.Globalization;
using System.Text;
using Kurultai.Model;
using Microsoft.Data.Sqlite;

namespace Kurultai.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
    private const string LatestRevision =
        "d.revision = (SELECT MAX(r.revision) FROM documents r WHERE r.identity = d.identity)";

    public IReadOnlyList<DocumentSummary> List(DocumentQuery query)
    {
        var where = new StringBuilder(LatestRevision);
        var parameters = new List<(string, object?)>();
        if (query.Outlet is { } outlet)
        {
            where.Append(" AND d.outlet LIKE $outlet");
            parameters.Add(("$outlet", $"%{outlet}%"));
        }
        if (query.TitleContains is { } title)
        {
            where.Append(" AND d.title LIKE $title");
            parameters.Add(("$title", $"%{title}%"));
        }
        if (query.PublishedFrom is { } from)
        {
            where.Append(" AND d.published >= $from");
            parameters.Add(("$from", Day(from)));
        }
        if (query.PublishedTo is { } to)
        {
            where.Append(" AND d.published <= $to");
            parameters.Add(("$to", Day(to)));
        }
        parameters.Add(("$limit", query.Limit));
        var sql = $"""
            SELECT d.key, d.doc_id, d.revision, d.title, d.outlet, d.published, d.metadata_json, d.url, d.format,
                   length(d.clean_text), d.source
            FROM documents d WHERE {where} ORDER BY d.published IS NULL, d.published, d.doc_id LIMIT $limit
            """;
        return Read(sql, parameters, r =>
        {
            var meta = StorageJson.Metadata(r.GetString(6));
            return new DocumentSummary(r.GetInt64(0), r.GetString(1), r.GetInt32(2), NullableString(r, 3),
                NullableString(r, 4), r.IsDBNull(5) ? null : DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture),
                meta.Published?.Origin.ToString(), NullableString(r, 7), r.GetString(8), r.GetInt32(9), r.GetString(10));
        });
    }

    public StoredDocument? Find(string reference)
    {
        const string columns = """
            SELECT key, revision, content_hash, ingested_at, doc_id, source, format, raw_text, metadata_json,
                   clean_text, offset_map, cleaning_notes FROM documents
            """;
        var at = reference.LastIndexOf('@');
        var (sql, parameters) =
            long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
                ? ($"{columns} WHERE key = $k", new List<(string, object?)> { ("$k", key) })
            : at > 0 && int.TryParse(reference[(at + 1)..], out var revision)
                ? ($"{columns} WHERE doc_id = $id AND revision = $rev ORDER BY key DESC LIMIT 1",
                    [("$id", reference[..at]), ("$rev", revision)])
            : ($"{columns} WHERE doc_id = $id ORDER BY revision DESC, key DESC LIMIT 1", [("$id", reference)]);
        var found = Read(sql, parameters, ReadStored);
        return found.Count > 0 ? found[0] : null;
    }

    private static StoredDocument ReadStored(SqliteDataReader r)
    {
        var article = new Article(r.GetString(4), r.GetString(5), Enum.Parse<SourceFormat>(r.GetString(6)), r.GetString(7),
            StorageJson.Metadata(r.GetString(8)));
        var document = new Document
        {
            Article = article,
            Text = r.GetString(9),
            Map = StorageJson.Map(r.GetString(10)),
            CleaningNotes = StorageJson.Notes(r.GetString(11)),
        };
        return new StoredDocument(r.GetInt64(0), r.GetInt32(1), r.GetString(2),
            DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), document);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        const string sql = """
            SELECT d.key, d.doc_id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts)
            FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid
            WHERE documents_fts MATCH $q AND
            """ + " " + LatestRevision + " ORDER BY bm25(documents_fts) LIMIT $limit";
        return Read(sql, [("$q", FtsQuery.From(query)), ("$limit", limit)],
            r => new SearchHit(r.GetInt64(0), r.GetString(1), NullableString(r, 2), r.GetString(3), r.GetDouble(4)));
    }

    public void ReplaceEvents(long documentKey, IReadOnlyList<EventRecord> events)
    {
        using var transaction = _connection.BeginTransaction();
        using (var delete = _connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM events WHERE doc_key = $k";
            delete.Parameters.AddWithValue("$k", documentKey);
            delete.ExecuteNonQuery();
        }
        foreach (var e in events)
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR REPLACE INTO events (id, doc_key, doc, event_date, date_end, event_type, sub_event_type, actor1,
                    actor2, country, admin1, location, fatalities, background, event_id, json)
                VALUES ($id, $k, $doc, $date, $end, $type, $sub, $a1, $a2, $country, $admin1, $loc, $fat, $bg, $eid, $json)
                """;
            Bind(insert, ("$id", e.Id), ("$k", documentKey), ("$doc", e.Doc), ("$date", Day(e.EventDate)),
                ("$end", e.DateEnd is { } end ? Day(end) : null), ("$type", e.EventType), ("$sub", e.SubEventType),
                ("$a1", e.Actor1), ("$a2", e.Actor2), ("$country", e.Country), ("$admin1", e.Admin1),
                ("$loc", e.Location), ("$fat", e.Fatalities), ("$bg", e.Background ? 1 : 0), ("$eid", e.EventId),
                ("$json", StorageJson.Event(e)));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public IReadOnlyList<EventRecord> Events(EventQuery query)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object?)>();
        void Add(string clause, string name, object? value)
        {
            where.Append(" AND ").Append(clause);
            parameters.Add((name, value));
        }
        if (query.Country is { } country) Add("e.country = $country", "$country", country.ToUpperInvariant());
        if (query.Admin1 is { } admin1) Add("e.admin1 LIKE $admin1", "$admin1", admin1);
        if (query.From is { } from) Add("COALESCE(e.date_end, e.event_date) >= $from", "$from", Day(from));
        if (query.To is { } to) Add("e.event_date <= $to", "$to", Day(to));
        if (query.EventType is { } type) Add("(e.event_type LIKE $type OR e.sub_event_type LIKE $type)", "$type", type);
        if (query.Actor is { } actor) Add("(e.actor1 LIKE $actor OR e.actor2 LIKE $actor)", "$actor", $"%{actor}%");
        if (query.MinFatalities is { } min) Add("e.fatalities >= $min", "$min", min);
        if (!query.IncludeBackground) where.Append(" AND e.background = 0");
        parameters.Add(("$limit", query.Limit));
        var sql = $"SELECT e.json FROM events e WHERE {where} ORDER BY e.event_date, e.id LIMIT $limit";
        return Read(sql, parameters, r => StorageJson.Event(r.GetString(0)));
    }

    private List<T> Read<T>(string sql, IEnumerable<(string, object?)> parameters, Func<SqliteDataReader, T> map)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, [.. parameters]);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
