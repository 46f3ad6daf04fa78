using System.Text.Json;
using Kurultai.Cli;
using Kurultai.Evaluation;

namespace Kurultai.Tests.Evaluation;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurultai-eval").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (string Gold, string Pred) WriteFiles()
    {
        var gold = Path.Combine(_dir, "gold.jsonl");
        var pred = Path.Combine(_dir, "pred.jsonl");
        File.WriteAllLines(gold, [EventJson.Write(Records.Make("g1")), EventJson.Write(Records.Make("g2", "2020-10-20"))]);
        File.WriteAllLines(pred, [EventJson.Write(Records.Make("p1") with { Rule = "gathering→Protests/Peaceful protest" }),
                                  EventJson.Write(Records.Make("p2", "2020-11-30") with { Rule = "march→Protests/Peaceful protest" })]);
        return (gold, pred);
    }

    [Fact]
    public void Prints_scores_documents_misses_and_false_alarms_as_tables()
    {
        var (gold, pred) = WriteFiles();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = KurultaiCli.Run(["eval", "--gold", gold, "--pred", pred], stdout, stderr);

        Assert.Equal(0, code);
        var text = stdout.ToString();
        Assert.Contains("standard (typed)", text);
        Assert.Contains("50.0 %", text);
        Assert.Contains("g2", text);                              // the miss
        Assert.Contains("march→Protests", text);  // the false alarm's rule (the table may wrap the rest)
    }

    [Fact]
    public void Json_output_carries_every_number()
    {
        var (gold, pred) = WriteFiles();
        var stdout = new StringWriter();

        Assert.Equal(0, KurultaiCli.Run(["eval", "--gold", gold, "--pred", pred, "--format", "json"], stdout, new StringWriter()));

        using var json = JsonDocument.Parse(stdout.ToString());
        var standard = json.RootElement.GetProperty("levels").GetProperty("standard");
        Assert.Equal(1, standard.GetProperty("matched").GetInt32());
        Assert.Equal(0.5, standard.GetProperty("f1").GetDouble(), 4);
        Assert.Equal(1.0, standard.GetProperty("fields").GetProperty("date_exact").GetDouble(), 4);
        Assert.Equal("g2", json.RootElement.GetProperty("misses")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Scores_clusters_when_given()
    {
        var (gold, pred) = WriteFiles();
        var clusters = Path.Combine(_dir, "clusters.jsonl");
        File.WriteAllLines(clusters, ["""{"cluster": "x", "members": ["g1", "g2"]}"""]);
        var stdout = new StringWriter();

        Assert.Equal(0, KurultaiCli.Run(["eval", "--gold", gold, "--pred", pred, "--clusters", clusters, "--format", "json"], stdout, new StringWriter()));

        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("clusters").GetProperty("clusters").GetInt32());
    }

    [Fact]
    public void Reports_unreadable_lines_and_missing_files()
    {
        var (gold, pred) = WriteFiles();
        File.AppendAllText(pred, "{broken\n");
        var stderr = new StringWriter();
        Assert.Equal(0, KurultaiCli.Run(["eval", "--gold", gold, "--pred", pred], new StringWriter(), stderr));
        Assert.Contains("pred.jsonl:3", stderr.ToString());

        Assert.Equal(KurultaiCli.UsageError, KurultaiCli.Run(["eval", "--gold", gold, "--pred", Path.Combine(_dir, "none.jsonl")], new StringWriter(), new StringWriter()));
    }
}
