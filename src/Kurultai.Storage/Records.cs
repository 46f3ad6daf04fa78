using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>One row of the document list.</summary>
public sealed record DocumentSummary(
    long Key,
    string DocId,
    int Revision,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string? PublishedOrigin,
    string? Url,
    string Format,
    int Characters,
    string Source);

/// <summary>A stored document revision: the cleaned document plus its storage identity.</summary>
public sealed record StoredDocument(long Key, int Revision, string ContentHash, DateTimeOffset IngestedAt, Document Document);

/// <summary>A full-text hit, with a snippet whose matches are wrapped in the given markers.</summary>
public sealed record SearchHit(long Key, string DocId, string? Title, string Snippet, double Rank);

/// <summary>Filters for <see cref="IDocumentStore.List"/>; null means "any".</summary>
public sealed record DocumentQuery
{
    public string? Outlet { get; init; }
    public string? TitleContains { get; init; }
    public DateOnly? PublishedFrom { get; init; }
    public DateOnly? PublishedTo { get; init; }
    public int Limit { get; init; } = 1000;
}

/// <summary>Filters for <see cref="IDocumentStore.Events"/>; null means "any".</summary>
public sealed record EventQuery
{
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? EventType { get; init; }
    public string? Actor { get; init; }
    public int? MinFatalities { get; init; }
    public bool IncludeBackground { get; init; }
    public int Limit { get; init; } = 10000;
}
