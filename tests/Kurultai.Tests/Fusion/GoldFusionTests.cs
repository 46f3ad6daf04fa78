using Kurultai.Fusion;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Fusion;

public sealed class GoldFusionTests(ITestOutputHelper output)
{
    [Fact]
    public void Fusing_the_gold_records_reproduces_the_gold_clusters()
    {
        // Given
        var records = GoldRecords.Read(SharedCorpus.GoldEvents);
        using var reader = File.OpenText(SharedCorpus.GoldClusters);
        var gold = ClusterScorer.ReadGold(reader);

        // When
        var clusters = EventFuser.Cluster(records);
        var score = ClusterScorer.Score(clusters, gold);

        // Then
        foreach (var cluster in clusters.Where(c => c.Count > 1))
            output.WriteLine("predicted: " + string.Join(" ", cluster));
        output.WriteLine($"pairwise P={score.PairPrecision:F3} R={score.PairRecall:F3} F1={score.PairF1:F3}; " +
            $"B3 P={score.BCubedPrecision:F3} R={score.BCubedRecall:F3} F1={score.BCubedF1:F3} over {score.Items} records");
        Assert.True(score.PairF1 >= 0.8, $"pairwise F1 {score.PairF1:F3}");
    }
}
