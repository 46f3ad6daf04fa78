using System.CommandLine;
using Kurultai.Cli.Flow;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai ingest PATH...</c>: reads, cleans and stores articles; one line per rejected input.</summary>
public static class IngestCommand
{
    public static readonly Argument<string[]> Paths = new("path")
    {
        Description = "Files, folders (recursive), globs such as 'news/**/*.html', or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No progress bar and no summary line." };

    public static Command Create(CliIo io)
    {
        var command = new Command("ingest",
            "Read articles (text, Markdown with front matter, HTML, JSON Lines, RSS/Atom), clean them and store them. " +
            "Re-running is idempotent: unchanged articles are skipped, a changed version of the same URL becomes a new revision. " +
            "Exit code 0 when all inputs were read, 1 when some were rejected, 2 on a usage error.")
        { Paths, Quiet };
        command.WithExamples(
            "kurultai ingest samples/articles",
            "kurultai ingest 'crawl/**/*.html' feeds/latest.xml",
            "cat articles.jsonl | kurultai ingest -",
            "kurultai --db /data/news.db ingest archive/");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.Open(parsed);
            var tally = IngestJob.Run(parsed.GetValue(Paths)!, store, DefaultArticleSources.Create(), io, !parsed.GetValue(Quiet));
            if (!parsed.GetValue(Quiet))
                io.Err.WriteLine(tally.ToString());
            return tally.Rejections.Count > 0 ? KurultaiCli.SomeRejected : KurultaiCli.Ok;
        });
        return command;
    }
}
