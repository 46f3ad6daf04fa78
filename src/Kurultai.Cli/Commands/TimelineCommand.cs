using System.CommandLine;
using Kurultai.Cli.Output;
using Kurultai.Fusion;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai timeline</c>: the stored event records fused across sources and listed day by day, with the number of
/// sources per event and disputed figures marked ("fatalities 56–100 (3 sources disagree)").
/// </summary>
public static partial class TimelineCommand
{
    /// <summary>Records this many days outside --from/--to are read too, so reports a day apart still fuse.</summary>
    private const int Margin = 7;

    public static Command Create(CliIo io)
    {
        var country = new Option<string?>("--country") { Description = "Only events in this country (ISO 3166-1 alpha-2, e.g. KG)." };
        var from = new Option<DateOnly?>("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
        var background = new Option<bool>("--background") { Description = "Also list events that every source mentions only as background." };
        var command = new Command("timeline",
            "A chronology of fused events: each outlet's report of one happening merged into one event, with its sources and disputed figures.")
        { country, from, to, background };
        command.WithExamples("kurultai timeline --country KG", "kurultai timeline --from 2020-10-01 --to 2020-10-31 --format md",
            "kurultai timeline --format html > timeline.html", "kurultai timeline --format json");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var (first, last) = (parsed.GetValue(from), parsed.GetValue(to));
            var events = Load(store, parsed.GetValue(country), first, last, parsed.GetValue(background));
            Write(events, Title(parsed.GetValue(country), first, last), parsed.GetValue(GlobalOptions.Format), io);
            return KurultaiCli.Ok;
        });
        return command;
    }

    /// <summary>Reads the records of the period (plus a margin), fuses them, keeps the events of the period.</summary>
    internal static IReadOnlyList<FusedEvent> Load(IDocumentStore store, string? country, DateOnly? from, DateOnly? to, bool background)
    {
        var records = store.Events(new EventQuery
        {
            Country = country,
            From = from?.AddDays(-Margin),
            To = to?.AddDays(Margin),
            IncludeBackground = true,
            Limit = int.MaxValue,
        });
        return [.. EventFuser.Fuse(records).Where(e =>
            (background || !e.Background) && (from is null || (e.DateEnd ?? e.EventDate) >= from) && (to is null || e.EventDate <= to))];
    }

    internal static void Write(IReadOnlyList<FusedEvent> events, string title, OutputFormat format, CliIo io)
    {
        switch (format)
        {
            case OutputFormat.Json:
                io.Out.WriteLine(FusedEventJson.Serialize(events));
                break;
            case OutputFormat.Jsonl:
                foreach (var e in events)
                    io.Out.WriteLine(FusedEventJson.Serialize(e, indented: false));
                break;
            case OutputFormat.Md:
                WriteMarkdown(events, title, io.Out);
                break;
            case OutputFormat.Html:
                WriteHtml(events, title, io.Out);
                break;
            default:
                Table(events, repeatDays: format == OutputFormat.Csv).Write(format, io);
                break;
        }
    }

    private static TableOutput Table(IReadOnlyList<FusedEvent> events, bool repeatDays)
    {
        var rows = new List<IReadOnlyList<object?>>(events.Count);
        string? previous = null;
        foreach (var e in events)
        {
            var day = Day(e.EventDate);
            rows.Add([repeatDays || day != previous ? day : "", Qualifier(e), Kind(e), Place(e), Actors(e), e.Sources,
                string.Join("; ", Figures(e).Select(f => f.Text)), string.Join("; ", Flags(e)), e.Id]);
            previous = day;
        }
        return new TableOutput(["day", "when", "event", "place", "actors", "sources", "figures", "disagreements", "id"], rows);
    }

    private static string Title(string? country, DateOnly? from, DateOnly? to)
    {
        var parts = new List<string>();
        if (country is { Length: > 0 }) parts.Add(country.ToUpperInvariant());
        if (from is not null || to is not null) parts.Add($"{Day(from) ?? "…"} – {Day(to) ?? "…"}");
        return parts.Count == 0 ? "Timeline" : $"Timeline: {string.Join(", ", parts)}";
    }
}
