using System.CommandLine;
using Kurultai.Cli.Output;
using Kurultai.Storage;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai events</c>: lists stored event records (one per document's report), with filters.</summary>
public static class EventsCommand
{
    public static Command Create(CliIo io)
    {
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 code, e.g. KG." };
        var admin1 = new Option<string?>("--admin1") { Description = "First-level region, e.g. Osh." };
        var from = new Option<DateOnly?>("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
        var type = new Option<string?>("--type") { Description = "ACLED event type or sub-event type, e.g. Riots or 'Peaceful protest'." };
        var actor = new Option<string?>("--actor") { Description = "Actor 1 or 2 contains this text, e.g. police." };
        var minFatalities = new Option<int?>("--min-fatalities") { Description = "At least this many fatalities." };
        var background = new Option<bool>("--background") { Description = "Also list records of history or context (background)." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 1000 };
        var command = new Command("events", "List stored event records, as each document reports them, with filters.")
        { country, admin1, from, to, type, actor, minFatalities, background, limit };
        command.WithExamples("kurultai events --country KG --from 2010-04-01 --to 2010-04-30",
            "kurultai events --type Riots --min-fatalities 1 --format csv", "kurultai events --actor police --format jsonl");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var records = store.Events(new EventQuery
            {
                Country = parsed.GetValue(country),
                Admin1 = parsed.GetValue(admin1),
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                EventType = parsed.GetValue(type),
                Actor = parsed.GetValue(actor),
                MinFatalities = parsed.GetValue(minFatalities),
                IncludeBackground = parsed.GetValue(background),
                Limit = parsed.GetValue(limit),
            });
            var format = parsed.GetValue(GlobalOptions.Format);
            if (format is OutputFormat.Jsonl or OutputFormat.Geojson || (format == OutputFormat.Csv))
            {
                ExtractCommand.Write(io.Out, records, format);
                return KurultaiCli.Ok;
            }
            new TableOutput(["id", "date", "type", "sub_event_type", "actor1", "actor2", "location", "admin1", "country", "fatalities", "event_id"],
                [.. records.Select(r => (IReadOnlyList<object?>)[r.Id, r.EventDate, r.EventType, r.SubEventType, r.Actor1, r.Actor2, r.Location, r.Admin1, r.Country, r.Fatalities, r.EventId])])
                .Write(format, io);
            return KurultaiCli.Ok;
        });
        return command;
    }
}
