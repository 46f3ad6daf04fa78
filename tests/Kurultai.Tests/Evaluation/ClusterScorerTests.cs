using Kurultai.Evaluation;
using Kurultai.Model;

namespace Kurultai.Tests.Evaluation;

public sealed class ClusterScorerTests
{
    private static readonly GoldCluster Storming = new("storming", ["a-1", "b-1"]);

    private static LevelResult Matched(params (EventRecord Gold, EventRecord Predicted)[] pairs) =>
        new Scorer().Score(pairs.Select(p => p.Gold), pairs.Select(p => p.Predicted)).Standard;

    private static (EventRecord, EventRecord) Pair(string doc, string eventId, string date = "2020-10-05") =>
        (Records.Make($"{doc}-1", date, doc: doc), Records.Make($"{doc}-p", date, doc: doc) with { EventId = eventId });

    [Fact]
    public void A_cluster_is_recovered_when_its_records_share_an_event_id()
    {
        var score = ClusterScorer.Score([Storming], Matched(Pair("a", "E1"), Pair("b", "E1")));
        Assert.Equal((1, 1, 1), (score.Clusters, score.Scorable, score.Recovered));
        Assert.Equal(1.0, score.Pairwise.Precision!.Value, 6);
        Assert.Equal(1.0, score.Pairwise.Recall!.Value, 6);
    }

    [Fact]
    public void A_split_cluster_loses_recall_and_a_wrong_fusion_loses_precision()
    {
        var split = ClusterScorer.Score([Storming], Matched(Pair("a", "E1"), Pair("b", "E2")));
        Assert.Equal(0, split.Recovered);
        Assert.Equal(0.0, split.Pairwise.Recall!.Value, 6);

        // c-1 is not in the cluster but was fused with a-1.
        var wrong = ClusterScorer.Score([Storming], Matched(Pair("a", "E1"), Pair("b", "E1"), Pair("c", "E1")));
        Assert.Equal(1 / 3.0, wrong.Pairwise.Precision!.Value, 6);
        Assert.Equal(1.0, wrong.Pairwise.Recall!.Value, 6);
    }

    [Fact]
    public void Reads_clusters_and_skips_broken_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["""{"cluster": "x", "members": ["a-1", "b-1"]}""", "{broken", """{"cluster": "y"}"""]);
            var cluster = Assert.Single(ClusterScorer.Read(path));
            Assert.Equal(["a-1", "b-1"], cluster.Members);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Background_members_count_for_clusters()
    {
        // The second report recalls the event as background: the scorer ignores that prediction, fusion still links it.
        var gold = new[] { Records.Make("a-1", doc: "a"), Records.Make("b-1", doc: "b", background: true) };
        var predicted = new[] { Records.Make("a-p", doc: "a") with { EventId = "E1" }, Records.Make("b-p", doc: "b") with { EventId = "E1" } };
        var score = ClusterScorer.Score([Storming], new Scorer().Score(gold, predicted).Standard);
        Assert.Equal(1, score.Recovered);
    }
}
