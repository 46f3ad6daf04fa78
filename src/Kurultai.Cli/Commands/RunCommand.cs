using System.CommandLine;
using Kurultai.Cli.Flow;
using Kurultai.Cli.Output;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai run PATH...</c>: the main job — ingest a folder of articles into the store and list what is there.
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
        var command = new Command("run", "The main job: ingest articles into the store (SQLite by default) and list the documents.")
        { paths, IngestCommand.Quiet };
        command.WithExamples("kurultai run", "kurultai run samples/articles", "kurultai --db news.db run ~/crawl");
        command.SetAction(parsed =>
        {
            var inputs = parsed.GetValue(paths) is { Length: > 0 } given ? given : [SamplesFolder()];
            using var store = StoreOpener.Open(parsed);
            var tally = IngestJob.Run(inputs, store, DefaultArticleSources.Create(), io, !parsed.GetValue(IngestCommand.Quiet));
            io.Err.WriteLine(tally.ToString());
            var docs = store.List(new DocumentQuery());
            new TableOutput(["doc", "title", "outlet", "published", "chars"],
                [.. docs.Select(d => (IReadOnlyList<object?>)[d.DocId, d.Title, d.Outlet, d.Published, d.Characters])])
                .Write(parsed.GetValue(GlobalOptions.Format), io);
            return tally.Rejections.Count > 0 ? KurultaiCli.SomeRejected : KurultaiCli.Ok;
        });
        return command;
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
