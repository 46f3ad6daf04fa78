using System.CommandLine;
using System.Globalization;
using Kurultai.Cli.Output;
using Kurultai.Evaluation;
using Kurultai.Model;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai eval --gold gold.jsonl --pred pred.jsonl</c>: scores predicted event records against gold records
/// (FORMAT.md): precision, recall and F1 at the lenient, standard and strict levels, field accuracy on matched
/// pairs, a per-document table, the misses and the false alarms; with <c>--clusters</c>, how fusion grouped records
/// of one event across documents.
/// </summary>
public static class EvalCommand
{
    private static readonly Option<FileInfo> Gold = new("--gold") { Description = "Gold event records (JSON Lines).", Required = true };
    private static readonly Option<FileInfo> Pred = new("--pred") { Description = "Predicted event records (JSON Lines).", Required = true };
    private static readonly Option<FileInfo?> Aliases = new("--aliases")
    {
        Description = "Actor alias table (canonical name <tab> spellings|…, as data/actors/actors.tsv, the default).",
    };
    private static readonly Option<FileInfo?> Clusters = new("--clusters")
    {
        Description = "Gold clusters (clusters.jsonl): also score how fusion grouped records across documents (event_id).",
    };

    public static Command Create(CliIo io)
    {
        var command = new Command("eval", "Score predicted event records against gold records: precision, recall and F1 " +
            "(lenient, standard, strict), field accuracy on matched pairs, per document, misses and false alarms.");
        command.WithExamples("kurultai eval --gold ../shared/corpus/gold/events.jsonl --pred out.jsonl",
            "kurultai eval --gold gold/events.jsonl --pred out.jsonl --clusters gold/clusters.jsonl",
            "kurultai eval --gold gold.jsonl --pred out.jsonl --format json");
        command.Options.Add(Gold);
        command.Options.Add(Pred);
        command.Options.Add(Aliases);
        command.Options.Add(Clusters);
        command.SetAction(parsed => Run(io, parsed.GetValue(Gold)!, parsed.GetValue(Pred)!, parsed.GetValue(Aliases),
            parsed.GetValue(GlobalOptions.Format), parsed.GetValue(Clusters)));
        return command;
    }

    internal static int Run(CliIo io, FileInfo goldFile, FileInfo predFile, FileInfo? aliasFile, OutputFormat format, FileInfo? clusterFile = null)
    {
        foreach (var file in new[] { goldFile, predFile, clusterFile })
        {
            if (file is not null && !file.Exists)
            {
                io.Err.WriteLine($"kurultai eval: {file.FullName}: file not found");
                return KurultaiCli.UsageError;
            }
        }
        var gold = Read(io, goldFile);
        var pred = Read(io, predFile);
        var aliases = ActorAliases.Load(aliasFile?.FullName ?? DefaultAliasPath() ?? "");
        var report = new Scorer(aliases).Score(gold, pred);
        var clusters = clusterFile is null ? null : ClusterScorer.Score(ClusterScorer.Read(clusterFile.FullName), report.Standard);
        if (format == OutputFormat.Table)
            EvalTables.Write(io, report, gold.Count(g => g.Background), clusters);
        else
            io.Out.WriteLine(EvaluationReportJson.Write(report, clusters));
        return KurultaiCli.Ok;
    }

    private static IReadOnlyList<EventRecord> Read(CliIo io, FileInfo file)
    {
        var read = EventJson.ReadFile(file.FullName);
        foreach (var error in read.Errors)
            io.Err.WriteLine($"kurultai eval: {file.Name}:{error.Line}: {error.Error}");
        return read.Records;
    }

    private static string? DefaultAliasPath() => Kurultai.Places.DataLocator.Find("actors", "actors.tsv");
}

/// <summary>The eval report as tables: scores, field accuracy, per document, misses, false alarms.</summary>
internal static class EvalTables
{
    public static void Write(CliIo io, EvaluationReport report, int backgroundGold, ClusterScore? clusters)
    {
        io.Out.WriteLine($"Scores ({backgroundGold} background gold record(s) neither required nor penalised)");
        new TableOutput(["level", "matched", "predicted", "ignored", "gold", "precision", "recall", "F1"],
            [.. new[] { report.Lenient, report.Standard, report.Strict }.Select(l => (IReadOnlyList<object?>)
                [LevelName(l.Level), l.Counts.Matched, l.Counts.Predictions, l.Counts.Ignored, l.Counts.Gold,
                 Pct(l.Counts.Precision), Pct(l.Counts.Recall), Pct(l.Counts.F1)])]).Write(OutputFormat.Table, io);

        io.Out.WriteLine("Field accuracy on matched pairs");
        new TableOutput(["level", "pairs", "date exact", "location ≤10 km", "fatalities exact", "fatalities in range", "actor1"],
            [.. new[] { report.Lenient, report.Standard, report.Strict }.Select(l => (IReadOnlyList<object?>)
                [LevelName(l.Level), l.Fields.Pairs, Pct(l.Fields.DateExactShare), Pct(l.Fields.LocationWithin10KmShare),
                 Pct(l.Fields.FatalitiesExactShare), Pct(l.Fields.FatalitiesInRangeShare), Pct(l.Fields.Actor1CorrectShare)])]).Write(OutputFormat.Table, io);

        io.Out.WriteLine("Per document (standard level; F1 also lenient and strict)");
        new TableOutput(["doc", "gold", "predicted", "ignored", "matched", "precision", "recall", "F1", "F1 lenient", "F1 strict"],
            [.. report.Documents.Select(d => (IReadOnlyList<object?>)
                [d.Doc, d.Standard.Counts.Gold, d.Standard.Counts.Predictions, d.Standard.Counts.Ignored, d.Standard.Counts.Matched,
                 Pct(d.Standard.Counts.Precision), Pct(d.Standard.Counts.Recall), Pct(d.Standard.Counts.F1),
                 Pct(d.Lenient.Counts.F1), Pct(d.Strict.Counts.F1)])]).Write(OutputFormat.Table, io);

        if (clusters is not null)
        {
            io.Out.WriteLine("Clusters (one event reported by several documents; fusion's event_id on standard matches)");
            new TableOutput(["gold clusters", "with 2 matched", "recovered", "fused pairs", "right", "gold pairs", "precision", "recall", "F1"],
                [[clusters.Clusters, clusters.Scorable, clusters.Recovered, clusters.Pairwise.Predictions, clusters.Pairwise.Matched,
                  clusters.Pairwise.Gold, Pct(clusters.Pairwise.Precision), Pct(clusters.Pairwise.Recall), Pct(clusters.Pairwise.F1)]]).Write(OutputFormat.Table, io);
        }

        io.Out.WriteLine("Misses (gold records no prediction matched)");
        new TableOutput(["gold", "date", "type", "location", "evidence", "why"],
            [.. report.Misses.Select(m => (IReadOnlyList<object?>)
                [m.Gold.Id, m.Gold.EventDate, Type(m.Gold), m.Gold.Location, Clip(m.Gold.Evidence), m.Nearest])]).Write(OutputFormat.Table, io);

        io.Out.WriteLine("False alarms (predictions that matched nothing)");
        new TableOutput(["prediction", "date", "type", "location", "rule", "evidence", "why"],
            [.. report.FalseAlarms.Select(f => (IReadOnlyList<object?>)
                [f.Predicted.Id, f.Predicted.EventDate, Type(f.Predicted), f.Predicted.Location, f.Predicted.Rule,
                 Clip(f.Predicted.Evidence), f.Nearest])]).Write(OutputFormat.Table, io);
    }

    private static string LevelName(MatchLevel level) => level switch
    {
        MatchLevel.Lenient => "lenient (detection)",
        MatchLevel.Standard => "standard (typed)",
        _ => "strict (sub-type)",
    };

    private static string Type(EventRecord r) => $"{r.EventType} / {r.SubEventType}";

    private static string Clip(string text) => text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87), "…");

    private static string Pct(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";
}
