using System.Collections.Immutable;
using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>
/// How well fusion grouped the records of one real-world event across documents, against the gold clusters
/// (<c>clusters.jsonl</c>: <c>{"cluster": "…", "members": ["000-07", "001-02"]}</c>).
/// </summary>
/// <remarks>
/// Judged on the matched pairs of the standard level, background records included (a cluster often joins a
/// report with a later recollection of it): a gold cluster is recovered when at least two of its members
/// are matched and all their predictions carry the same <c>event_id</c>. Pairwise, over pairs of matched records
/// from different documents: precision is the share of prediction pairs fused together (same event_id) whose gold
/// records are in one cluster; recall the share of gold pairs in one cluster whose predictions were fused.
/// </remarks>
public static class ClusterScorer
{
    /// <summary>Reads <c>clusters.jsonl</c>; unreadable lines are skipped.</summary>
    public static IReadOnlyList<GoldCluster> Read(string path)
    {
        var clusters = new List<GoldCluster>();
        if (!File.Exists(path))
            return clusters;
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Array)
                    continue;
                var name = root.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
                clusters.Add(new GoldCluster(name, [.. members.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]));
            }
            catch (JsonException)
            {
                // a broken line is skipped, like any unreadable record
            }
        }
        return clusters;
    }

    public static ClusterScore Score(IReadOnlyList<GoldCluster> clusters, LevelResult matched)
    {
        var all = matched.Pairs.AddRange(matched.BackgroundPairs);
        var predictionOf = all.ToDictionary(p => p.Gold.Id, p => p.Predicted, StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < clusters.Count; i++)
            foreach (var member in clusters[i].Members)
                clusterOf.TryAdd(member, i);

        int withTwo = 0, recovered = 0;
        foreach (var cluster in clusters)
        {
            var ids = cluster.Members.Where(predictionOf.ContainsKey).Select(m => predictionOf[m].EventId).ToList();
            if (ids.Count < 2)
                continue;
            withTwo++;
            if (ids.All(id => !string.IsNullOrEmpty(id) && id == ids[0]))
                recovered++;
        }

        int fused = 0, fusedRight = 0, together = 0, togetherFused = 0;
        var pairs = all;
        for (int i = 0; i < pairs.Length; i++)
        {
            for (int j = i + 1; j < pairs.Length; j++)
            {
                var (a, b) = (pairs[i], pairs[j]);
                if (a.Gold.Doc == b.Gold.Doc)
                    continue;
                bool sameGold = clusterOf.TryGetValue(a.Gold.Id, out var ca) && clusterOf.TryGetValue(b.Gold.Id, out var cb) && ca == cb;
                bool samePred = !string.IsNullOrEmpty(a.Predicted.EventId) && a.Predicted.EventId == b.Predicted.EventId;
                if (samePred) fused++;
                if (samePred && sameGold) fusedRight++;
                if (sameGold) together++;
                if (sameGold && samePred) togetherFused++;
            }
        }
        return new ClusterScore(clusters.Count, withTwo, recovered, new MatchCounts(fused, 0, fusedRight, together));
    }
}

/// <summary>A gold cluster: the gold records of one event reported by several documents.</summary>
public sealed record GoldCluster(string Name, ImmutableArray<string> Members);

/// <summary>Cluster scores: gold clusters, those with two matched members, those fusion recovered, and pairwise counts.</summary>
/// <param name="Pairwise">Pairwise counts: predictions = fused prediction pairs, matched = fused pairs in one gold cluster, gold = gold pairs.</param>
public sealed record ClusterScore(int Clusters, int Scorable, int Recovered, MatchCounts Pairwise);
