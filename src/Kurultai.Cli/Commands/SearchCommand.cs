using System.CommandLine;
using System.Text.RegularExpressions;
using Kurultai.Cli.Output;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai search</c>: full-text search over titles and cleaned texts, with highlighted snippets.</summary>
public static partial class SearchCommand
{
    public static Command Create(CliIo io)
    {
        var query = new Argument<string>("query") { Description = "Words to find (all must occur); \"a phrase\"; prefix*." };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search (SQLite FTS5, diacritics folded) over titles and cleaned texts, best match first. " +
            "With SQLite, the first search after new documents were stored indexes them (about 1 s per 100 MB of articles).")
        { query, limit };
        command.WithExamples("kurultai search parliament", "kurultai search '\"tear gas\" police'", "kurultai search 'jalal*' --format json");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var format = parsed.GetValue(GlobalOptions.Format);
            var hits = store.Search(parsed.GetValue(query)!, parsed.GetValue(limit));
            if (format == OutputFormat.Table && io.OutIsTerminal)
            {
                foreach (var hit in hits)
                {
                    Spectre.Console.AnsiConsole.MarkupLine($"[bold]{Spectre.Console.Markup.Escape(hit.DocId)}[/]  {Spectre.Console.Markup.Escape(hit.Title ?? "")}");
                    Spectre.Console.AnsiConsole.MarkupLine("  " + Highlight().Replace(Spectre.Console.Markup.Escape(hit.Snippet), "[yellow bold]$1[/]"));
                }
                io.Out.WriteLine($"{hits.Count} hit(s)");
                return KurultaiCli.Ok;
            }
            new TableOutput(["key", "doc", "title", "snippet", "rank"],
                [.. hits.Select(h => (IReadOnlyList<object?>)[h.Key, h.DocId, h.Title, h.Snippet, Significant(-h.Rank)])])
                .Write(format, io);
            return KurultaiCli.Ok;
        });
        return command;
    }

    [GeneratedRegex(@"\[\[([^\]]*)\]\]")]
    private static partial Regex Highlight();

    /// <summary>A score to three significant digits: bm25 scores of a small store are tiny, and rounding to decimals showed 0.</summary>
    private static double Significant(double score) =>
        score == 0 || !double.IsFinite(score) ? score : Math.Round(score, Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(score))), 0, 15));
}
