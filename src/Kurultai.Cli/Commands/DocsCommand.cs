using System.CommandLine;
using Kurultai.Cli.Output;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai docs</c>: lists stored documents (latest revision of each), with filters.</summary>
public static class DocsCommand
{
    public static Command Create(CliIo io)
    {
        var outlet = new Option<string?>("--outlet") { Description = "Only documents whose outlet contains this text." };
        var title = new Option<string?>("--title") { Description = "Only documents whose title contains this text." };
        var from = new Option<DateOnly?>("--from") { Description = "Published on or after this day (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Published on or before this day (YYYY-MM-DD)." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 1000 };
        var command = new Command("docs", "List stored documents with their title, outlet and publication date (and where that date came from).")
        { outlet, title, from, to, limit };
        command.WithExamples("kurultai docs", "kurultai docs --outlet wire --from 2020-01-01 --format csv");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var rows = store.List(new DocumentQuery
            {
                Outlet = parsed.GetValue(outlet),
                TitleContains = parsed.GetValue(title),
                PublishedFrom = parsed.GetValue(from),
                PublishedTo = parsed.GetValue(to),
                Limit = parsed.GetValue(limit),
            });
            new TableOutput(
                ["key", "doc", "rev", "title", "outlet", "published", "date_from", "format", "chars"],
                [.. rows.Select(d => (IReadOnlyList<object?>)[d.Key, d.DocId, d.Revision, d.Title, d.Outlet, d.Published, d.PublishedOrigin, d.Format, d.Characters])])
                .Write(parsed.GetValue(GlobalOptions.Format), io);
            return KurultaiCli.Ok;
        });
        return command;
    }
}
