using System.CommandLine;
using System.Text;
using Kurultai.Cli.Export;
using Kurultai.Cli.Flow;
using Kurultai.Evaluation;
using Kurultai.Model;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai extract PATH...</c>: articles in, ACLED-typed event records out (JSON Lines, CSV, GeoJSON).</summary>
public static class ExtractCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders (recursive), globs or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write the records to this file instead of standard output." };
        var noFuse = new Option<bool>("--no-fuse") { Description = "Do not fuse records across documents (records get no event_id)." };
        var command = new Command("extract",
            "Extract event records from articles: ingest, clean, language layer, places and actors, event coding, cross-source fusion. " +
            "Documents and events are stored; records are written as JSON Lines (default), CSV with ACLED's columns, or GeoJSON, " +
            "ordered by country, date and id.")
        { paths, output, noFuse, IngestCommand.Quiet };
        command.WithExamples(
            "kurultai extract samples/articles",
            "kurultai extract news/ --format csv --out events.csv",
            "kurultai extract news/ --format geojson -o events.geojson",
            "kurultai extract ../shared/corpus/seeds --out pred.jsonl && kurultai eval --gold gold.jsonl --pred pred.jsonl");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.Open(parsed);
            var quiet = parsed.GetValue(IngestCommand.Quiet);
            var result = ExtractJob.Run(parsed.GetValue(paths)!, store, io, !quiet, !parsed.GetValue(noFuse));
            var format = parsed.GetResult(GlobalOptions.Format) is { Implicit: false } ? parsed.GetValue(GlobalOptions.Format) : OutputFormat.Jsonl;
            var records = result.Records;
            if (parsed.GetValue(output) is { Length: > 0 } file)
            {
                using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
                Write(writer, records, format);
            }
            else
            {
                Write(io.Out, records, format);
            }
            if (!quiet)
                io.Err.WriteLine($"{result.Tally}; {result.RecordCount} event records" +
                    (result.FusedEvents > 0 ? $", fused into {result.FusedEvents} events" : ""));
            return result.Tally.Rejections.Count > 0 ? KurultaiCli.SomeRejected : KurultaiCli.Ok;
        });
        return command;
    }

    public static void Write(TextWriter writer, IEnumerable<EventRecord> records, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv: EventCsv.Write(writer, records); break;
            case OutputFormat.Geojson: EventGeoJson.Write(writer, records); break;
            default: EventJson.WriteLines(writer, records); break;
        }
    }
}
