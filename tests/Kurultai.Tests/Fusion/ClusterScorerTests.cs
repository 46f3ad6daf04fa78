using Kurultai.Fusion;

namespace Kurultai.Tests.Fusion;

public sealed class ClusterScorerTests
{
    private static readonly string[][] Gold = [["a", "b", "c"], ["d", "e"]];

    [Fact]
    public void Scores_pairs_and_b_cubed()
    {
        // Given: {a,b} right, c wrongly with d, e alone
        string[][] predicted = [["a", "b"], ["c", "d"], ["e"]];

        // When
        var score = ClusterScorer.Score(predicted, Gold);

        // Then: predicted pairs ab, cd; gold pairs ab ac bc de; one in common
        Assert.Equal((5, 2, 4, 1), (score.Items, score.PredictedPairs, score.GoldPairs, score.TruePairs));
        Assert.Equal(0.5, score.PairPrecision, 6);
        Assert.Equal(0.25, score.PairRecall, 6);
        Assert.Equal(1 / 3.0, score.PairF1, 6);
        Assert.Equal(0.8, score.BCubedPrecision, 6);          // (1 + 1 + 1/2 + 1/2 + 1) / 5
        Assert.Equal(8 / 15.0, score.BCubedRecall, 6);        // (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5
    }

    [Fact]
    public void Predicted_records_are_mapped_to_gold_records_and_unmatched_ones_are_left_out()
    {
        string[][] predicted = [["p1", "p2", "p9"], ["p3"], ["p4", "p5"]];
        var mapping = new Dictionary<string, string> { ["p1"] = "a", ["p2"] = "b", ["p3"] = "c", ["p4"] = "d", ["p5"] = "e" };

        var score = ClusterScorer.Score(predicted, Gold, mapping);

        Assert.Equal((5, 2, 4, 2), (score.Items, score.PredictedPairs, score.GoldPairs, score.TruePairs));
        Assert.Equal(1.0, score.PairPrecision, 6);
        Assert.Equal(0.5, score.PairRecall, 6);
    }

    [Fact]
    public void Gold_records_no_prediction_reached_are_not_scored()
    {
        // Only a and b were extracted: the gold pair set shrinks to ab
        var score = ClusterScorer.Score([["a", "b"]], Gold);

        Assert.Equal((2, 1, 1, 1), (score.Items, score.PredictedPairs, score.GoldPairs, score.TruePairs));
        Assert.Equal(1.0, score.PairF1, 6);
        Assert.Equal(1.0, score.BCubedF1, 6);
    }

    [Fact]
    public void Reads_clusters_jsonl()
    {
        using var reader = new StringReader("{\"cluster\": \"x\", \"members\": [\"000-07\", \"001-02\"]}\n\n{\"cluster\": \"y\", \"members\": [\"a\"]}\n");

        Assert.Equal([["000-07", "001-02"], ["a"]], ClusterScorer.ReadGold(reader));
    }
}
