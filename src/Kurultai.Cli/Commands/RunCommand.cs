using System.CommandLine;
using System.Text;
using Kurultai.Cli.Flow;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai run PATH...</c>: the main job — ingest, extract and fuse events from a folder of articles, print the
/// timeline, and write <c>events.csv</c> and <c>events.geojson</c>.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders, globs or - (default: the bundled samples/articles).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outDir = new Option<string>("--out-dir") { Description = "Where to write events.csv and events.geojson.", DefaultValueFactory = _ => "out" };
        var command = new Command("run",
            "The main job: ingest articles, extract and fuse events (stored in SQLite by default), print the timeline, " +
            "and write events.csv (ACLED columns) and events.geojson.")
        { paths, outDir, IngestCommand.Quiet };
        command.WithExamples("kurultai run", "kurultai run samples/articles", "kurultai --db news.db run ~/crawl --out-dir results");
        command.SetAction(parsed =>
        {
            var inputs = parsed.GetValue(paths) is { Length: > 0 } given ? given : [SamplesFolder()];
            var quiet = parsed.GetValue(IngestCommand.Quiet);
            using var store = StoreOpener.Open(parsed);
            var result = ExtractJob.Run(inputs, store, io, !quiet, fuse: true);
            foreach (var _ in result.Records)
            {
                // Reading the records back fuses them; the files below hold every stored record.
            }
            io.Err.WriteLine($"{result.Tally}; {result.RecordCount} event records, fused into {result.FusedEvents} events");

            var all = store.Events(new EventQuery { IncludeBackground = true, Limit = int.MaxValue });
            var folder = parsed.GetValue(outDir)!;
            Directory.CreateDirectory(folder);
            Write(Path.Combine(folder, "events.csv"), w => ExtractCommand.Write(w, all, OutputFormat.Csv));
            Write(Path.Combine(folder, "events.geojson"), w => ExtractCommand.Write(w, all, OutputFormat.Geojson));
            io.Err.WriteLine($"wrote {all.Count} records to {Path.Combine(folder, "events.csv")} and {Path.Combine(folder, "events.geojson")}");

            var events = TimelineCommand.Load(store, null, null, null, background: false);
            TimelineCommand.Write(events, "Timeline", parsed.GetValue(GlobalOptions.Format), io);
            return result.Tally.Rejections.Count > 0 ? KurultaiCli.SomeRejected : KurultaiCli.Ok;
        });
        return command;
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        write(writer);
    }

    /// <summary>The repository's sample corpus, found from the program's location.</summary>
    public static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "articles");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine("samples", "articles");
    }
}
