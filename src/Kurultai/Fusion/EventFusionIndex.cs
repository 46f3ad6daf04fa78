using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>What an <see cref="EventFusionIndex"/> update changed.</summary>
/// <param name="Changed">Ids of fused events that are new, whose members changed, or whose records were replaced
/// (get them with <see cref="EventFusionIndex.Event"/>), in no particular order.</param>
/// <param name="Removed">Ids of fused events that no longer exist (merged into others, split, or their records removed).</param>
public sealed record FusionUpdate(IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);

/// <summary>
/// Incremental cross-source fusion: add a document's event records and the index links them to the records of other
/// documents that report the same happening ("the storming, 5 Oct" in one outlet, "the night of the 6th" in another).
/// </summary>
/// <remarks>
/// <para>Blocking: a record is indexed under (country, 7-day bucket) for every bucket its date window (plus the day
/// tolerance) touches; candidates are only the records sharing a bucket, never all pairs. Records too vague to fuse
/// (window above <see cref="FusionRules.MaxWindowDays"/>) or without a country stay alone.</para>
/// <para>Linking: candidate pairs that pass <see cref="RecordPairScorer"/>'s hard constraints with a score of at least
/// <see cref="FusionRules.Threshold"/> are edges; each connected component of edges is clustered by
/// <see cref="ClusterBuilder"/> (greedy best-first, never two records of one document, complete linkage on the hard
/// constraints). An update re-clusters only the components its records touch, so adding records one document at a
/// time gives the same clusters as adding them all at once, in any order.</para>
/// <para>Adding records of a document already indexed replaces that document's records. Not thread-safe.</para>
/// </remarks>
public sealed partial class EventFusionIndex
{
    private readonly RecordPairScorer _scorer;
    private readonly FusedEventBuilder _builder;
    private readonly TypeCodes _types = new();
    private readonly FeatureCache _features = new();
    private readonly List<FusionRecord?> _nodes = [];
    private readonly List<List<ClusterBuilder.Edge>?> _edges = [];
    private readonly List<Cluster?> _clusterOf = [];
    private readonly List<int> _stamps = [];
    private int _stamp;
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDoc = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, int Bucket), List<BlockEntry>> _blocks = [];
    private readonly Dictionary<string, Cluster> _byEventId = new(StringComparer.Ordinal);

    public EventFusionIndex(FusionRules? rules = null)
    {
        Rules = rules ?? FusionRules.Default;
        _scorer = new RecordPairScorer(Rules);
        _builder = new FusedEventBuilder(Rules);
    }

    public FusionRules Rules { get; }

    /// <summary>Number of records indexed.</summary>
    public int Count => _byId.Count;

    /// <summary>Number of fused events (clusters, singletons included).</summary>
    public int EventCount => _byEventId.Count;

    /// <summary>Adds records; those of a document already indexed replace its previous records.</summary>
    /// <exception cref="ArgumentException">A record id is already indexed for another document, or repeats.</exception>
    public FusionUpdate Add(IEnumerable<EventRecord> records)
    {
        var batch = records.ToList();
        var docs = batch.Select(r => r.Doc).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in batch)
        {
            if (!ids.Add(record.Id) || (_byId.TryGetValue(record.Id, out var n) && !docs.Contains(_nodes[n]!.Doc)))
                throw new ArgumentException($"record id '{record.Id}' is already indexed", nameof(records));
        }
        var before = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var seeds = new List<int>();
        foreach (var doc in docs)
        {
            if (_byDoc.ContainsKey(doc))
                seeds.AddRange(RemoveDocumentNodes(doc, before));
        }
        var added = new List<int>(batch.Count);
        Reserve(batch.Count);
        // Nodes of one block are allocated together (by country, then date), so linking reads neighbouring memory; the
        // clusters never depend on the order.
        batch.Sort(static (x, y) =>
        {
            var byCountry = string.CompareOrdinal(x.Country, y.Country);
            return byCountry != 0 ? byCountry : x.EventDate.CompareTo(y.EventDate);
        });
        foreach (var record in batch)
            added.Add(Insert(record));
        foreach (var n in added)
            Link(n);
        seeds.AddRange(added);
        return Recluster(seeds, before, [.. added]);
    }

    /// <summary>Removes a document's records; their fused events are rebuilt without them.</summary>
    public FusionUpdate RemoveDocument(string doc)
    {
        var before = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var seeds = RemoveDocumentNodes(doc, before);
        return Recluster(seeds, before);
    }

    /// <summary>Every fused event, singletons included.</summary>
    public IEnumerable<FusedEvent> Events() => _byEventId.Values.Select(c => c.Event(this));

    /// <summary>A fused event by its id, or null.</summary>
    public FusedEvent? Event(string eventId) => _byEventId.TryGetValue(eventId, out var c) ? c.Event(this) : null;

    /// <summary>The fused event a record belongs to, or null when the record is not indexed.</summary>
    public FusedEvent? EventOf(string recordId) =>
        _byId.TryGetValue(recordId, out var n) ? _clusterOf[n]!.Event(this) : null;

    /// <summary>The id of the fused event a record belongs to, or null when the record is not indexed.</summary>
    public string? EventIdOf(string recordId) => _byId.TryGetValue(recordId, out var n) ? _clusterOf[n]!.Id : null;

    /// <summary>
    /// The record as fusion sees it: with its fused event's id and, for a recollection fused with reports of the time
    /// that date it more sharply (a narrower window), the fused event's day as its best day ("in early April" joined to a report of 7 April → 2010-04-07, its own precision kept,
    /// its span dropped). Other records only get the id; a record not indexed comes back unchanged.
    /// </summary>
    public EventRecord Stamp(EventRecord record)
    {
        if (!_byId.TryGetValue(record.Id, out var n))
            return record;
        var cluster = _clusterOf[n]!;
        var stamped = record with { EventId = cluster.Id };
        if (!record.Background || cluster.Members.Length < 2)
            return stamped;
        var node = _nodes[n]!;
        int sharpest = int.MaxValue;
        foreach (var m in cluster.Members)
        {
            if (!_nodes[m]!.Background)
                sharpest = Math.Min(sharpest, _nodes[m]!.High - _nodes[m]!.Low);
        }
        var fused = cluster.Event(this);
        int day = fused.EventDate.DayNumber;
        if (sharpest >= node.High - node.Low || day < node.Low || day > node.High
            || (record.EventDate == fused.EventDate && record.DateEnd is null))
            return stamped;   // no report of the time dates it more sharply than the recollection itself
        var note = $"best day {fused.EventDate:yyyy-MM-dd} from the reports of the time (stated {Stated(record)})";
        return stamped with
        {
            EventDate = fused.EventDate,
            DateEnd = null,
            Notes = string.IsNullOrEmpty(record.Notes) ? note : $"{record.Notes}; {note}",
        };
    }

    private static string Stated(EventRecord r) =>
        r.DateEnd is { } end && end > r.EventDate ? $"{r.EventDate:yyyy-MM-dd}..{end:yyyy-MM-dd}" : $"{r.EventDate:yyyy-MM-dd}";

    /// <summary>Every cluster as the sorted ids of its records; clusters sorted by their first id (ordinal).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Clusters() =>
        [.. _byEventId.Values.Select(c => c.RecordIds).OrderBy(ids => ids[0], StringComparer.Ordinal)];
}
