using System.Text.Json;

namespace Kurultai.Fusion;

/// <summary>Pairwise and B-cubed agreement of predicted clusters with gold clusters.</summary>
/// <param name="Items">Gold records scored: those a predicted record maps to.</param>
/// <param name="PredictedPairs">Pairs of scored items that a predicted cluster puts together.</param>
/// <param name="GoldPairs">Pairs of scored items that a gold cluster puts together.</param>
/// <param name="TruePairs">Pairs in both.</param>
public sealed record ClusterScore(
    int Items,
    int PredictedPairs,
    int GoldPairs,
    int TruePairs,
    double PairPrecision,
    double PairRecall,
    double PairF1,
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1);

/// <summary>
/// Scores cross-document clusters against <c>clusters.jsonl</c>: pairwise precision/recall/F1 over record pairs and
/// B-cubed precision/recall/F1 over records, e.g. gold {000-17, 001-11} predicted as one cluster → one true pair.
/// </summary>
/// <remarks>
/// Predicted records are translated to gold records through the event scorer's one-to-one matching; predicted records
/// without a match are left out (the event score already counts them), and only gold records that some prediction
/// matched are scored. Without a mapping the predicted ids are gold ids (fusing the gold records themselves). A gold
/// record in no gold cluster is a cluster of its own. With no pairs on a side, that side's pairwise measure is 1.
/// </remarks>
public static class ClusterScorer
{
    public static ClusterScore Score(
        IEnumerable<IReadOnlyCollection<string>> predicted,
        IEnumerable<IReadOnlyCollection<string>> gold,
        IReadOnlyDictionary<string, string>? predictedToGold = null)
    {
        var predictedOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var p = 0;
        foreach (var cluster in predicted)
        {
            foreach (var id in cluster)
            {
                var item = predictedToGold is null ? id : predictedToGold.GetValueOrDefault(id);
                if (item is not null)
                    predictedOf.TryAdd(item, p);
            }
            p++;
        }
        var goldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var g = 0;
        foreach (var cluster in gold)
        {
            foreach (var id in cluster)
                goldOf.TryAdd(id, g);
            g++;
        }
        var items = predictedOf.Keys.ToList();
        var goldLabel = items.ToDictionary(i => i, i => goldOf.TryGetValue(i, out var c) ? c : g++, StringComparer.Ordinal);

        var predictedSizes = items.GroupBy(i => predictedOf[i]).ToDictionary(x => x.Key, x => x.Count());
        var goldSizes = items.GroupBy(i => goldLabel[i]).ToDictionary(x => x.Key, x => x.Count());
        var bothSizes = items.GroupBy(i => (predictedOf[i], goldLabel[i])).ToDictionary(x => x.Key, x => x.Count());

        long predictedPairs = predictedSizes.Values.Sum(Pairs), goldPairs = goldSizes.Values.Sum(Pairs), truePairs = bothSizes.Values.Sum(Pairs);
        var pairPrecision = predictedPairs == 0 ? 1 : truePairs / (double)predictedPairs;
        var pairRecall = goldPairs == 0 ? 1 : truePairs / (double)goldPairs;

        double bPrecision = 0, bRecall = 0;
        foreach (var item in items)
        {
            var common = bothSizes[(predictedOf[item], goldLabel[item])];
            bPrecision += common / (double)predictedSizes[predictedOf[item]];
            bRecall += common / (double)goldSizes[goldLabel[item]];
        }
        var n = Math.Max(1, items.Count);
        bPrecision = items.Count == 0 ? 1 : bPrecision / n;
        bRecall = items.Count == 0 ? 1 : bRecall / n;
        return new ClusterScore(items.Count, (int)predictedPairs, (int)goldPairs, (int)truePairs,
            pairPrecision, pairRecall, F1(pairPrecision, pairRecall), bPrecision, bRecall, F1(bPrecision, bRecall));
    }

    /// <summary>Reads <c>clusters.jsonl</c>: one <c>{"cluster": "...", "members": ["000-07", "001-02"]}</c> per line.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ReadGold(TextReader jsonl)
    {
        var clusters = new List<IReadOnlyList<string>>();
        while (jsonl.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array)
                clusters.Add([.. members.EnumerateArray().Select(m => m.GetString()).OfType<string>()]);
        }
        return clusters;
    }

    private static long Pairs(int size) => (long)size * (size - 1) / 2;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
