using System.CommandLine;
using System.Globalization;
using Kurultai.Cli.Output;
using Kurultai.Evaluation;
using Kurultai.Model;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai eval --gold gold.jsonl --pred pred.jsonl</c>: scores predicted event records against gold records
/// (FORMAT.md): precision, recall and F1 at the lenient, standard and strict levels, field accuracy on matched
/// pairs, a per-document table, the misses and the false alarms.
/// </summary>
public static class EvalCommand
{
    private static readonly Option<FileInfo> Gold = new("--gold") { Description = "Gold event records (JSON Lines).", Required = true };
    private static readonly Option<FileInfo> Pred = new("--pred") { Description = "Predicted event records (JSON Lines).", Required = true };
    private static readonly Option<FileInfo?> Aliases = new("--aliases")
    {
        Description = "Actor alias table (canonical name, then spellings, tab/|/; separated). Default: data/actors/aliases.tsv when present.",
    };

    public static Command Create(CliIo io)
    {
        var command = new Command("eval", "Score predicted event records against gold records: precision, recall and F1 " +
            "(lenient, standard, strict), field accuracy on matched pairs, per document, misses and false alarms.");
        command.WithExamples("kurultai eval --gold ../shared/corpus/gold/events.jsonl --pred out.jsonl",
            "kurultai eval --gold gold.jsonl --pred out.jsonl --format json");
        command.Options.Add(Gold);
        command.Options.Add(Pred);
        command.Options.Add(Aliases);
        command.SetAction(parsed => Run(io, parsed.GetValue(Gold)!, parsed.GetValue(Pred)!, parsed.GetValue(Aliases), parsed.GetValue(GlobalOptions.Format)));
        return command;
    }

    internal static int Run(CliIo io, FileInfo goldFile, FileInfo predFile, FileInfo? aliasFile, OutputFormat format)
    {
        foreach (var file in new[] { goldFile, predFile })
        {
            if (!file.Exists)
            {
                io.Err.WriteLine($"kurultai eval: {file.FullName}: file not found");
                return KurultaiCli.UsageError;
            }
        }
        var gold = Read(io, goldFile);
        var pred = Read(io, predFile);
        var aliases = ActorAliases.Load(aliasFile?.FullName ?? DefaultAliasPath() ?? "");
        var report = new Scorer(aliases).Score(gold, pred);
        if (format == OutputFormat.Table)
            EvalTables.Write(io, report, gold.Count(g => g.Background));
        else
            io.Out.WriteLine(EvaluationReportJson.Write(report));
        return KurultaiCli.Ok;
    }

    private static IReadOnlyList<EventRecord> Read(CliIo io, FileInfo file)
    {
        var read = EventJson.ReadFile(file.FullName);
        foreach (var error in read.Errors)
            io.Err.WriteLine($"kurultai eval: {file.Name}:{error.Line}: {error.Error}");
        return read.Records;
    }

    private static string? DefaultAliasPath()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "actors", "aliases.tsv");
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}

/// <summary>The eval report as tables: scores, field accuracy, per document, misses, false alarms.</summary>
internal static class EvalTables
{
    public static void Write(CliIo io, EvaluationReport report, int backgroundGold)
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
