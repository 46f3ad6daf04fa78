using Kurultai.Dates;
using Kurultai.Fusion;
using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>
/// What an extract run produced: the ingest tally, how many records it coded, how many fused events they form, and
/// its records — read from the store as they are enumerated, by document then date, with their fused event ids.
/// </summary>
public sealed record ExtractResult(IngestTally Tally, int RecordCount, int FusedEvents, IEnumerable<EventRecord> Records);

/// <summary>
/// ingest → clean → language → places/actors → coding on all cores, streaming: documents and their events go to the
/// store batch by batch and are not kept; then (unless told not to) fusion runs country by country over the store,
/// since records of different countries never fuse. Memory holds the documents in flight and one country's records.
/// </summary>
public static class ExtractJob
{
    /// <summary>Event records written per transaction: fewer, larger commits touch each index page once per batch.</summary>
    private const int EventBatch = 8192;

    public static ExtractResult Run(IReadOnlyList<string> inputs, IDocumentStore store, CliIo io, bool progress, bool fuse)
    {
        var host = new PipelineHost();
        _ = host.Pipeline; // load the reference data before the clock of the first file starts
        var sources = DefaultArticleSources.Create() with { Clean = host.Process };
        var run = new RunRecords();
        var dater = new RelatedReportDater();
        var undated = new List<long>();
        var pending = new List<(long, IReadOnlyList<EventRecord>)>();
        var pendingRecords = 0;
        var tally = IngestJob.Run(inputs, store, sources, io, progress, (document, stored) =>
        {
            // Unchanged documents are re-coded too: the coder may have changed since they were stored.
            pending.Add((stored.Key, document.Events));
            pendingRecords += document.Events.Length;
            run.Add(stored.Key, document.Events);
            if (pendingRecords >= EventBatch)
            {
                store.ReplaceEvents(pending);
                pending.Clear();
                pendingRecords = 0;
            }
            if (document.Anchor.Date is null)
                undated.Add(stored.Key);
            else
                dater.Add(document);
        });
        store.ReplaceEvents(pending);
        foreach (var key in undated)
            DateByRelatedReport(key, store, host, dater, run, io);
        var stamps = new Dictionary<string, EventRecord>(StringComparer.Ordinal);
        var fusedEvents = fuse ? FuseByCountry(store, run, stamps) : 0;
        var records = store.EachEvent(new EventQuery
        {
            DocumentKeys = run.DocumentKeys,
            IncludeBackground = true,
            ByDocument = true,
            Limit = int.MaxValue,
        }).Select(r => stamps.TryGetValue(r.Id, out var stamped) ? stamped : r);
        return new ExtractResult(tally, run.RecordCount, fusedEvents, records);
    }

    /// <summary>A report that states no date is dated by a dated report of the same events, then coded again.</summary>
    private static void DateByRelatedReport(long key, IDocumentStore store, PipelineHost host, RelatedReportDater dater, RunRecords run, CliIo io)
    {
        if (store.Find(key.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } stored)
            return;
        if (dater.Date(host.Process(stored.Document)) is not { } metadata)
            return;
        var redated = host.Process(stored.Document with { Article = stored.Document.Article with { Metadata = metadata } });
        store.ReplaceEvents(key, redated.Events);
        run.Add(key, redated.Events);
        io.Err.WriteLine($"dated {redated.Id} by a related report: {metadata.Published!.Detail}");
    }

    /// <summary>
    /// Fuses, one country at a time, every stored record of each country this run touched, and links each record to
    /// its fused event. A recollection fused with reports of the time is stamped with their day (kept in
    /// <paramref name="stamps"/> for the output; the store keeps the record as coded). Returns the number of fused
    /// events this run's records belong to.
    /// </summary>
    private static int FuseByCountry(IDocumentStore store, RunRecords run, Dictionary<string, EventRecord> stamps)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in run.Countries.Order(StringComparer.Ordinal))
        {
            var index = new EventFusionIndex();
            var records = store.Events(new EventQuery { Country = country, IncludeBackground = true, Limit = int.MaxValue });
            index.Add(records);
            store.SetEventIds(records.ToDictionary(r => r.Id, r => index.EventIdOf(r.Id)!, StringComparer.Ordinal));
            foreach (var record in records)
            {
                if (!run.HasDocument(record.Doc))
                    continue;
                events.Add(index.EventIdOf(record.Id)!);
                if (record.Background && index.Stamp(record) is var stamped && stamped with { EventId = null } != record)
                    stamps[record.Id] = stamped;
            }
        }
        return events.Count;
    }
}
