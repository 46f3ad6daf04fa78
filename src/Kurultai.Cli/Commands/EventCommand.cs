using System.CommandLine;
using Kurultai.Cli.Output;
using Kurultai.Fusion;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai event ID</c>: one fused event with every source's claim and quoted evidence. ID is a fused event id
/// (from <c>timeline</c>) or the id of any record it fuses.
/// </summary>
public static class EventCommand
{
    public static Command Create(CliIo io)
    {
        var id = new Argument<string>("id") { Description = "A fused event id (E…, see 'kurultai timeline') or the id of one of its records." };
        var command = new Command("event", "Show one fused event: the merged fields, each source's claim, the quoted evidence and where sources disagree.")
        { id };
        command.WithExamples("kurultai event E1a2b3c4d5e6f", "kurultai event 000-17 --format json");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var wanted = parsed.GetValue(id)!;
            var fused = Find(store, wanted);
            if (fused is null)
            {
                io.Err.WriteLine($"kurultai: no event '{wanted}' (see 'kurultai timeline')");
                return KurultaiCli.UsageError;
            }
            Write(fused, parsed.GetValue(GlobalOptions.Format), io);
            return KurultaiCli.Ok;
        });
        return command;
    }

    /// <summary>Fuses the stored records and finds the event by its id or by one of its records' ids.</summary>
    internal static FusedEvent? Find(IDocumentStore store, string id)
    {
        var index = new EventFusionIndex();
        index.Add(store.Events(new EventQuery { IncludeBackground = true, Limit = int.MaxValue }));
        return index.Event(id) ?? index.EventOf(id);
    }

    private static void Write(FusedEvent e, OutputFormat format, CliIo io)
    {
        var title = $"{TimelineCommand.Kind(e)}, {TimelineCommand.When(e)}, {TimelineCommand.Place(e)}";
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                io.Out.WriteLine(FusedEventJson.Serialize(e, indented: format == OutputFormat.Json));
                return;
            case OutputFormat.Md:
                TimelineCommand.WriteMarkdown([e], title, io.Out, withClaims: true);
                return;
            case OutputFormat.Html:
                TimelineCommand.WriteHtml([e], title, io.Out, open: true);
                return;
        }
        new TableOutput(["field", "value"],
        [
            ["id", e.Id], ["records", string.Join(", ", e.RecordIds)], ["sources", e.Sources], ["when", TimelineCommand.When(e)],
            ["event", TimelineCommand.Kind(e)], ["place", TimelineCommand.Place(e)], ["actors", TimelineCommand.Actors(e)],
            ["figures", string.Join("; ", TimelineCommand.Figures(e).Select(f => f.Text))],
            ["disagreements", string.Join("; ", TimelineCommand.Flags(e))], ["background", e.Background],
        ]).Write(format, io);
        new TableOutput(["record", "source", "claim", "evidence"],
            [.. e.Claims.Select(c => (IReadOnlyList<object?>)[c.Record.Id, TimelineCommand.Source(c), TimelineCommand.Claim(c), c.Record.Evidence])])
            .Write(format, io);
    }
}
