using System.Data.Common;
using System.Text;

namespace Kurultai.Storage.Postgres;

/// <summary>PostgreSQL's side of the SQL: native dates and booleans, ON CONFLICT upserts, JSON batches, tsvector search.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public override object Instant(DateTimeOffset instant) => instant.ToUniversalTime();

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override string SearchSql(string latestRevision) => $"""
        SELECT d.key, d.doc_id, d.title,
               ts_headline('simple', d.clean_text, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6'),
               -ts_rank(d.search, q)
        FROM documents d, to_tsquery('simple', @q) q
        WHERE d.search @@ q AND {latestRevision}
        ORDER BY 5 LIMIT @limit
        """;

    /// <summary>The user's words as a tsquery: words ANDed, "phrases" with &lt;-&gt;, prefix* as :*.</summary>
    public override string SearchQuery(string userQuery)
    {
        var terms = new List<string>();
        var parts = userQuery.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = Words(parts[i]);
            if (i % 2 == 1 && words.Count > 0)
                terms.Add("(" + string.Join(" <-> ", words.Select(w => $"'{w.TrimEnd('*')}'")) + ")");
            else
                terms.AddRange(words.Select(w => w.EndsWith('*') ? $"'{w.TrimEnd('*')}':*" : $"'{w}'"));
        }
        return terms.Count == 0 ? "''" : string.Join(" & ", terms);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var sb = new StringBuilder();
            foreach (var c in raw)
                if (char.IsLetterOrDigit(c) || c == '*') sb.Append(char.ToLowerInvariant(c));
            if (sb.ToString().TrimEnd('*').Length > 0) words.Add(sb.ToString());
        }
        return words;
    }

    public override string ContainsOperator => "ILIKE";

    public override string InsertEvent => """
        INSERT INTO events (id, doc_key, doc, event_date, date_end, event_type, sub_event_type, actor1, actor2,
            country, admin1, location, fatalities, background, json)
        VALUES (@id, @k, @doc, @date, @end, @type, @sub, @a1, @a2, @country, @admin1, @loc, @fat, @bg, @json)
        ON CONFLICT (id) DO UPDATE SET doc_key = EXCLUDED.doc_key, doc = EXCLUDED.doc, event_date = EXCLUDED.event_date,
            date_end = EXCLUDED.date_end, event_type = EXCLUDED.event_type, sub_event_type = EXCLUDED.sub_event_type,
            actor1 = EXCLUDED.actor1, actor2 = EXCLUDED.actor2, country = EXCLUDED.country, admin1 = EXCLUDED.admin1,
            location = EXCLUDED.location, fatalities = EXCLUDED.fatalities, background = EXCLUDED.background,
            json = EXCLUDED.json
        """;

    public override string IntegersOf(string jsonParameter) =>
        $"SELECT value::bigint FROM json_array_elements_text({jsonParameter}::json)";

    public override string InsertLinksFromJson => """
        INSERT INTO event_links (record_id, event_id) SELECT key, value FROM json_each_text(@links::json)
        ON CONFLICT (record_id) DO UPDATE SET event_id = EXCLUDED.event_id
        """;
}
