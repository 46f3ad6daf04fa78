using Kurultai.Fusion;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Fusion;

/// <summary>Fusing the gold records themselves reproduces the gold clusters (clusters.jsonl).</summary>
public sealed class GoldFusionTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true)]   // all records: three gold clusters pair a current report with another outlet's background mention
    [InlineData(false)]  // current reports only: the gold clusters shrink to the members that remain
    public void Fusing_the_gold_records_reproduces_the_gold_clusters(bool withBackground)
    {
        // Given
        var records = GoldRecords.Read(SharedCorpus.GoldEvents).Where(r => withBackground || !r.Background).ToList();
        using var reader = File.OpenText(SharedCorpus.GoldClusters);
        var gold = ClusterScorer.ReadGold(reader);

        // When
        var index = new EventFusionIndex();
        foreach (var document in records.GroupBy(r => r.Doc))
            index.Add(document);
        var clusters = index.Clusters();
        var score = ClusterScorer.Score(clusters, gold);

        // Then
        foreach (var cluster in clusters.Where(c => c.Count > 1))
            output.WriteLine("fused: " + string.Join(" ", cluster));
        output.WriteLine($"pairwise P={score.PairPrecision:F3} R={score.PairRecall:F3} F1={score.PairF1:F3} " +
            $"({score.TruePairs}/{score.PredictedPairs} predicted, {score.GoldPairs} gold); " +
            $"B-cubed P={score.BCubedPrecision:F3} R={score.BCubedRecall:F3} F1={score.BCubedF1:F3} over {score.Items} records");
        Assert.True(score.GoldPairs > 0);
        Assert.True(score.PairF1 >= 0.8, $"pairwise F1 {score.PairF1:F3}");
        Assert.True(score.BCubedF1 >= 0.95, $"B-cubed F1 {score.BCubedF1:F3}");
    }
}
