using System.Data.Common;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>What differs between the SQL of two backends: value binding, dates, upserts, JSON batches and full-text search.</summary>
public abstract class SqlDialect
{
    /// <summary>A parameter value as the provider wants it (e.g. SQLite stores booleans as 0/1, dates as text).</summary>
    public virtual object? Value(object? value) => value;

    public abstract object Instant(DateTimeOffset instant);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    /// <summary>A stored event record read from its JSON column.</summary>
    public virtual EventRecord ReadEvent(DbDataReader reader, int ordinal) => StorageJson.Event(reader.GetString(ordinal));

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    /// <summary>
    /// A query returning key, doc_id, title, snippet (matches wrapped in [ ]) and a rank (lower is better) for
    /// <c>@q</c> (the user's text) limited to <c>@limit</c>, latest revisions only (<paramref name="latestRevision"/>).
    /// </summary>
    public abstract string SearchSql(string latestRevision);

    /// <summary>
    /// Statements that bring the full-text index up to date before a search, for a backend that indexes on demand;
    /// null when the backend indexes as documents are stored.
    /// </summary>
    public virtual string? CatchUpSearchIndex => null;

    /// <summary>The search parameter for the user's query text.</summary>
    public abstract string SearchQuery(string userQuery);

    public abstract string ContainsOperator { get; }

    /// <summary>
    /// Inserts (or replaces, by id) one event record from the parameters <c>@id, @k, @doc, @date, @end, @type, @sub,
    /// @a1, @a2, @country, @admin1, @loc, @fat, @bg, @json</c>, in that order.
    /// </summary>
    public abstract string InsertEvent { get; }

    /// <summary>A subquery selecting the integers of a JSON array parameter: <c>SELECT … FROM json_each(@keys)</c>.</summary>
    public abstract string IntegersOf(string jsonParameter);

    /// <summary>Inserts the links in <c>@links</c>, a JSON object of record id → fused event id.</summary>
    public abstract string InsertLinksFromJson { get; }
}
