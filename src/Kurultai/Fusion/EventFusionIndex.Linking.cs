using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>Blocking, candidate edges and re-clustering of touched components.</summary>
public sealed partial class EventFusionIndex
{
    /// <summary>Grows the per-node tables once for a batch instead of doubling them record by record.</summary>
    private void Reserve(int more)
    {
        var capacity = _nodes.Count + more;
        _nodes.EnsureCapacity(capacity);
        _edges.EnsureCapacity(capacity);
        _clusterOf.EnsureCapacity(capacity);
        _stamps.EnsureCapacity(capacity);
        _byId.EnsureCapacity(_byId.Count + more);
    }

    private int Insert(EventRecord record)
    {
        var n = _nodes.Count;
        var node = new FusionRecord(record, n, _types.Code(record.EventType, record.SubEventType), Rules, _features);
        _nodes.Add(node);
        _edges.Add(null);
        _clusterOf.Add(null);
        _stamps.Add(0);
        _byId.Add(record.Id, n);
        if (!_byDoc.TryGetValue(record.Doc, out var docNodes))
            _byDoc[record.Doc] = docNodes = [];
        docNodes.Add(n);
        if (node.Fusable)
        {
            var (first, last) = Buckets(node);
            for (var b = first; b <= last; b++)
            {
                if (!_blocks.TryGetValue((node.Country, b), out var block))
                    _blocks[(node.Country, b)] = block = [];
                block.Add(new BlockEntry(n, node.Low, node.High));
            }
        }
        return n;
    }

    /// <summary>The 7-day buckets a record is indexed under: its window extended by the day tolerance.</summary>
    private (int First, int Last) Buckets(FusionRecord node) =>
        (FloorDiv(node.Low, Rules.BucketDays), FloorDiv(node.High + Rules.DayTolerance, Rules.BucketDays));

    /// <summary>A block entry carries the date window, so most non-candidates are skipped without touching the record.</summary>
    private readonly record struct BlockEntry(int Node, int Low, int High);

    private static int FloorDiv(int a, int b) => (a / b) - (a % b < 0 ? 1 : 0);

    /// <summary>Finds a new record's candidates in its blocks; pairs of two new records are scored once (by the later).</summary>
    private void Link(int n)
    {
        var node = _nodes[n]!;
        if (!node.Fusable)
            return;
        var stamp = ++_stamp;
        _stamps[n] = stamp;
        var (first, last) = Buckets(node);
        for (var b = first; b <= last; b++)
        {
            foreach (var (m, low, high) in _blocks[(node.Country, b)])
            {
                if (m >= n || Math.Max(low, node.Low) - Math.Min(high, node.High) > Rules.DayTolerance || _stamps[m] == stamp)
                    continue;
                _stamps[m] = stamp;
                var other = _nodes[m]!;
                if (other.Doc == node.Doc)
                    continue;
                var decision = _scorer.Decide(node, other, _types);
                if (decision.Compatible && decision.Score >= Rules.Threshold)
                {
                    (_edges[n] ??= []).Add(new ClusterBuilder.Edge(m, decision.Score));
                    (_edges[m] ??= []).Add(new ClusterBuilder.Edge(n, decision.Score));
                }
            }
        }
    }

    /// <summary>Unlinks and unindexes a document's records; returns the surviving members of their clusters.</summary>
    private List<int> RemoveDocumentNodes(string doc, Dictionary<string, Cluster> before)
    {
        var seeds = new List<int>();
        if (!_byDoc.Remove(doc, out var docNodes))
            return seeds;
        foreach (var n in docNodes)
        {
            var cluster = _clusterOf[n]!;
            if (_byEventId.Remove(cluster.Id))
                before[cluster.Id] = cluster;
            seeds.AddRange(cluster.Members);
        }
        foreach (var n in docNodes)
        {
            var node = _nodes[n]!;
            foreach (var edge in _edges[n] ?? [])
                _edges[edge.To]!.RemoveAll(e => e.To == n);
            if (node.Fusable)
            {
                var (first, last) = Buckets(node);
                for (var b = first; b <= last; b++)
                    _blocks[(node.Country, b)].RemoveAll(e => e.Node == n);
            }
            _byId.Remove(node.Id);
            _nodes[n] = null;
            _edges[n] = null;
            _clusterOf[n] = null;
        }
        return seeds;
    }

    /// <summary>Re-clusters every component that contains a seed; reports the events that changed.</summary>
    private FusionUpdate Recluster(List<int> seeds, Dictionary<string, Cluster> before, HashSet<int>? fresh = null)
    {
        var stamp = ++_stamp;
        var changed = new List<Cluster>();
        foreach (var seed in seeds)
        {
            if (_nodes[seed] is null || _stamps[seed] == stamp)
                continue;
            var component = Component(seed, stamp);
            foreach (var n in component)
            {
                if (_clusterOf[n] is { } old && _byEventId.Remove(old.Id))
                    before[old.Id] = old;
            }
            var groups = component.Count == 1 ? [component] : ClusterBuilder.Build(component, n => (IReadOnlyList<ClusterBuilder.Edge>?)_edges[n] ?? [], n => _nodes[n]!,
                (a, b) => _scorer.Decide(a, b, _types).Compatible, Rules.RecollectionMargin);
            foreach (var members in groups)
            {
                var cluster = new Cluster([.. members.OrderBy(m => _nodes[m]!.Id, StringComparer.Ordinal)], this);
                foreach (var m in members)
                    _clusterOf[m] = cluster;
                _byEventId[cluster.Id] = cluster;
                changed.Add(cluster);
            }
        }
        var updated = changed
            .Where(c => !before.TryGetValue(c.Id, out var old) || !old.RecordIds.SequenceEqual(c.RecordIds)
                || (fresh is not null && c.Members.Any(fresh.Contains)))
            .Select(c => c.Id).ToList();
        var removed = before.Keys.Where(id => !_byEventId.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        return new FusionUpdate(updated, removed);
    }

    private List<int> Component(int seed, int stamp)
    {
        var component = new List<int> { seed };
        _stamps[seed] = stamp;
        for (var i = 0; i < component.Count; i++)
        {
            foreach (var edge in _edges[component[i]] ?? [])
            {
                if (_stamps[edge.To] == stamp)
                    continue;
                _stamps[edge.To] = stamp;
                component.Add(edge.To);
            }
        }
        return component;
    }

    /// <summary>One cluster: its members (node indices, by record id), its id, and its fused event built on demand.</summary>
    private sealed class Cluster(int[] members, EventFusionIndex index)
    {
        private FusedEvent? _event;

        public int[] Members { get; } = members;
        public string[] RecordIds { get; } = [.. members.Select(m => index._nodes[m]!.Id)];
        public string Id { get; } = FusedEventBuilder.IdFor(index._nodes[members[0]]!.Id);

        public FusedEvent Event(EventFusionIndex owner) =>
            _event ??= owner._builder.Build([.. Members.Select(m => owner._nodes[m]!.Record)]);
    }
}
