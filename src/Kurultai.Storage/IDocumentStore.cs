using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>What storing a document did.</summary>
public enum PutOutcome
{
    /// <summary>A new article.</summary>
    Ingested,

    /// <summary>The same content was already stored: nothing changed.</summary>
    Unchanged,

    /// <summary>A changed version of an article already stored under the same URL (or id): a new revision.</summary>
    Revised,
}

/// <summary>What storing one document did, and the key of the stored revision (the existing one when unchanged).</summary>
public readonly record struct PutResult(PutOutcome Outcome, long Key);

/// <summary>
/// Where documents and their events live. SQLite is the embedded default; a PostgreSQL backend implements the same
/// contract. Implementations are safe to call from one writer thread; reads may come from any thread.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Stores a cleaned document unless the same content is already there (content-hash identity).</summary>
    PutResult Put(Document document);

    /// <summary>Stores many documents in one transaction; returns the outcome of each, in order.</summary>
    IReadOnlyList<PutResult> PutMany(IReadOnlyList<Document> documents);

    /// <summary>The latest revision of each document, filtered.</summary>
    IReadOnlyList<DocumentSummary> List(DocumentQuery query);

    /// <summary>A document by its id (latest revision), its id@revision, or its numeric key; null when absent.</summary>
    StoredDocument? Find(string reference);

    /// <summary>Full-text search over titles and cleaned texts, best first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <summary>
    /// Replaces the events coded from a document revision; the events of the article's other revisions go too (an
    /// article's events are those of the revision coded last).
    /// </summary>
    void ReplaceEvents(long documentKey, IReadOnlyList<EventRecord> events);

    /// <summary>Replaces the events of many document revisions in one transaction.</summary>
    void ReplaceEvents(IReadOnlyList<(long DocumentKey, IReadOnlyList<EventRecord> Events)> batch);

    /// <summary>
    /// Records which fused event each given record belongs to (record id → event id); the links of other records stay.
    /// Re-coding a document (<see cref="ReplaceEvents(long, IReadOnlyList{EventRecord})"/>) drops its records' links.
    /// </summary>
    void SetEventIds(IEnumerable<KeyValuePair<string, string>> eventIdOfRecord);

    /// <summary>Stored events, filtered.</summary>
    IReadOnlyList<EventRecord> Events(EventQuery query);
}
