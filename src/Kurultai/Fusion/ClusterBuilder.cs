namespace Kurultai.Fusion;

/// <summary>
/// Groups one connected component of the candidate graph into clusters: greedy best-match with constraints.
/// </summary>
/// <remarks>
/// Candidate links are taken best first (score descending, then the two record ids, ordinal). A link joins its two
/// clusters unless that would put two records of one document together, or put together two records that fail
/// the hard constraints (complete linkage on compatibility: every member must be able to report the same happening as
/// every other). The result depends only on the records, never on the order they were added.
/// <para>A recollection (background record) links to a document only where that document has one clearly best
/// candidate: when its second-best record there scores above <see cref="FusionRules.RecollectionMargin"/> × the
/// best, the recollection ("last month's protests") could be any of them and is not linked to that document.</para>
/// </remarks>
internal static class ClusterBuilder
{
    public readonly record struct Edge(int To, double Score);

    public static List<List<int>> Build(
        List<int> component,
        Func<int, IReadOnlyList<Edge>> edgesOf,
        Func<int, FusionRecord> node,
        Func<FusionRecord, FusionRecord, bool> compatible,
        double recollectionMargin)
    {
        if (component.Count == 1)
            return [[component[0]]];
        var ambiguous = AmbiguousRecollectionLinks(component, edgesOf, node, recollectionMargin);
        var links = new List<(int A, int B, double Score)>();
        foreach (var n in component)
        {
            foreach (var edge in edgesOf(n))
            {
                if (n < edge.To && (ambiguous is null || !ambiguous.Contains((n, edge.To))))
                    links.Add((n, edge.To, edge.Score));
            }
        }
        links.Sort((x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            return byScore != 0 ? byScore : CompareIds(node, x, y);
        });

        var groupOf = component.ToDictionary(n => n, n => new Group(n, node(n).Doc));
        foreach (var (a, b, _) in links)
        {
            var ga = groupOf[a];
            var gb = groupOf[b];
            if (ReferenceEquals(ga, gb) || ga.Docs.Overlaps(gb.Docs) || !AllCompatible(ga, gb, node, compatible))
                continue;
            var (big, small) = ga.Members.Count >= gb.Members.Count ? (ga, gb) : (gb, ga);
            big.Members.AddRange(small.Members);
            big.Docs.UnionWith(small.Docs);
            foreach (var m in small.Members)
                groupOf[m] = big;
        }
        return [.. groupOf.Values.Distinct().Select(g => g.Members)];
    }

    /// <summary>
    /// The links (smaller node first) of recollections to documents where another record scores almost as well:
    /// "protests in April" against a report of a Talas protest on the 6th and a Bishkek one on the 7th.
    /// </summary>
    private static HashSet<(int, int)>? AmbiguousRecollectionLinks(
        List<int> component, Func<int, IReadOnlyList<Edge>> edgesOf, Func<int, FusionRecord> node, double margin)
    {
        HashSet<(int, int)>? ambiguous = null;
        foreach (var n in component)
        {
            var edges = edgesOf(n);
            if (edges.Count < 2 || !node(n).Background)
                continue;
            foreach (var byDoc in edges.Where(e => !node(e.To).Background).GroupBy(e => node(e.To).Doc, StringComparer.Ordinal))
            {
                var scores = byDoc.Select(e => e.Score).OrderDescending().Take(2).ToArray();
                if (scores.Length < 2 || scores[1] <= margin * scores[0])
                    continue;
                foreach (var e in byDoc)
                    (ambiguous ??= []).Add(n < e.To ? (n, e.To) : (e.To, n));
            }
        }
        return ambiguous;
    }

    private static int CompareIds(Func<int, FusionRecord> node, (int A, int B, double) x, (int A, int B, double) y)
    {
        var (x1, x2) = Ordered(node(x.A).Id, node(x.B).Id);
        var (y1, y2) = Ordered(node(y.A).Id, node(y.B).Id);
        var first = string.CompareOrdinal(x1, y1);
        return first != 0 ? first : string.CompareOrdinal(x2, y2);
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static bool AllCompatible(Group a, Group b, Func<int, FusionRecord> node, Func<FusionRecord, FusionRecord, bool> compatible)
    {
        foreach (var x in a.Members)
        {
            foreach (var y in b.Members)
            {
                if (!compatible(node(x), node(y)))
                    return false;
            }
        }
        return true;
    }

    private sealed class Group(int first, string doc)
    {
        public List<int> Members { get; } = [first];
        public HashSet<string> Docs { get; } = new(StringComparer.Ordinal) { doc };
    }
}
