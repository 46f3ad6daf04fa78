using System.Data.Common;
using System.Globalization;
using System.Text;
using Kurultai.Model;

namespace Kurultai.Storage;

public abstract partial class SqlDocumentStore
{
    protected const string LatestRevision =
        "d.revision = (SELECT MAX(r.revision) FROM documents r WHERE r.identity = d.identity)";

    public IReadOnlyList<DocumentSummary> List(DocumentQuery query)
    {
        var filter = new Filter();
        filter.Add(LatestRevision);
        if (query.Outlet is { } outlet) filter.Add($"d.outlet {Dialect.ContainsOperator} @outlet", "@outlet", $"%{outlet}%");
        if (query.TitleContains is { } title) filter.Add($"d.title {Dialect.ContainsOperator} @title", "@title", $"%{title}%");
        if (query.PublishedFrom is { } from) filter.Add("d.published >= @from", "@from", from);
        if (query.PublishedTo is { } to) filter.Add("d.published <= @to", "@to", to);
        filter.Parameters.Add(("@limit", query.Limit));
        var sql = $"""
            SELECT d.key, d.doc_id, d.revision, d.title, d.outlet, d.published, d.metadata_json, d.url, d.format,
                   length(d.clean_text), d.source
            FROM documents d WHERE {filter.Where} ORDER BY d.published IS NULL, d.published, d.doc_id LIMIT @limit
            """;
        return Read(sql, filter.Parameters, r =>
        {
            var meta = StorageJson.Metadata(r.GetString(6));
            return new DocumentSummary(r.GetInt64(0), r.GetString(1), r.GetInt32(2), NullableString(r, 3),
                NullableString(r, 4), r.IsDBNull(5) ? null : Dialect.ReadDate(r, 5), meta.Published?.Origin.ToString(),
                NullableString(r, 7), r.GetString(8), r.GetInt32(9), r.GetString(10));
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
                ? ($"{columns} WHERE key = @k", new List<(string, object?)> { ("@k", key) })
            : at > 0 && int.TryParse(reference[(at + 1)..], CultureInfo.InvariantCulture, out var revision)
                ? ($"{columns} WHERE doc_id = @id AND revision = @rev ORDER BY key DESC LIMIT 1",
                    [("@id", reference[..at]), ("@rev", revision)])
            : ($"{columns} WHERE doc_id = @id ORDER BY revision DESC, key DESC LIMIT 1", [("@id", reference)]);
        var found = Read(sql, parameters, ReadStored);
        return found.Count > 0 ? found[0] : null;
    }

    private StoredDocument ReadStored(DbDataReader r)
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
        return new StoredDocument(r.GetInt64(0), r.GetInt32(1), r.GetString(2), Dialect.ReadInstant(r, 3), document);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        if (Dialect.CatchUpSearchIndex is { } catchUp)
        {
            using var transaction = Connection.BeginTransaction();
            Execute(transaction, catchUp);
            transaction.Commit();
        }
        return Read(Dialect.SearchSql(LatestRevision), [("@q", Dialect.SearchQuery(query)), ("@limit", limit)],
            r => new SearchHit(r.GetInt64(0), r.GetString(1), NullableString(r, 2), r.GetString(3), Convert.ToDouble(r.GetValue(4), CultureInfo.InvariantCulture)));
    }

    public IReadOnlyList<EventRecord> Events(EventQuery query)
    {
        var filter = new Filter();
        if (query.Country is { } country) filter.Add("e.country = @country", "@country", country.ToUpperInvariant());
        if (query.Admin1 is { } admin1) filter.Add($"e.admin1 {Dialect.ContainsOperator} @admin1", "@admin1", admin1);
        if (query.From is { } from) filter.Add("COALESCE(e.date_end, e.event_date) >= @from", "@from", from);
        if (query.To is { } to) filter.Add("e.event_date <= @to", "@to", to);
        if (query.EventType is { } type)
            filter.Add($"(e.event_type {Dialect.ContainsOperator} @type OR e.sub_event_type {Dialect.ContainsOperator} @type)", "@type", type);
        if (query.Actor is { } actor)
            filter.Add($"(e.actor1 {Dialect.ContainsOperator} @actor OR e.actor2 {Dialect.ContainsOperator} @actor)", "@actor", $"%{actor}%");
        if (query.MinFatalities is { } min) filter.Add("e.fatalities >= @min", "@min", min);
        if (!query.IncludeBackground) filter.Add("e.background = @bg", "@bg", false);
        filter.Parameters.Add(("@limit", query.Limit));
        var sql = $"""
            SELECT e.json, l.event_id FROM events e LEFT JOIN event_links l ON l.record_id = e.id
            WHERE {filter.Where} ORDER BY e.event_date, e.id LIMIT @limit
            """;
        return Read(sql, filter.Parameters, r => Dialect.ReadEvent(r, 0) with { EventId = NullableString(r, 1) });
    }

    private List<T> Read<T>(string sql, IEnumerable<(string, object?)> parameters, Func<DbDataReader, T> map)
    {
        using var command = Command(null, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A WHERE clause built from conditions, with its parameters.</summary>
    private sealed class Filter
    {
        private readonly StringBuilder _where = new("1 = 1");

        public List<(string, object?)> Parameters { get; } = [];

        public string Where => _where.ToString();

        public void Add(string condition) => _where.Append(" AND ").Append(condition);

        public void Add(string condition, string name, object? value)
        {
            Add(condition);
            Parameters.Add((name, value));
        }
    }
}
