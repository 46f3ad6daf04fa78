using Kurultai.Dates;
using Kurultai.Fusion;
using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>
/// What an extract run produced: the ingest tally, how many records it coded, and its records — read back from the
/// store country by country and, unless fusion is off, fused as they are read (records of different countries never
/// fuse): each with its fused event id, a fused recollection with the day of the reports of the time. Enumerate
/// <see cref="Records"/> once; <see cref="FusedEvents"/> counts as it goes.
/// </summary>
public sealed class ExtractResult
{
    private readonly Func<ExtractResult, IEnumerable<EventRecord>> _records;

    internal ExtractResult(IngestTally tally, int recordCount, Func<ExtractResult, IEnumerable<EventRecord>> records)
    {
        Tally = tally;
        RecordCount = recordCount;
        _records = records;
    }

    public IngestTally Tally { get; }

    public int RecordCount { get; }

    /// <summary>This run's records by country, then date and id; fusing them as they are read.</summary>
    public IEnumerable<EventRecord> Records => _records(this);

    /// <summary>The number of fused events this run's records belong to, once <see cref="Records"/> has been read.</summary>
    public int FusedEvents { get; internal set; }
}

/// <summary>
/// ingest → clean → language → places/actors → coding on all cores, streaming: documents and their events go to the
/// store batch by batch and are not kept; then the records are read back country by country and (unless told not to)
/// fused on the way, since records of different countries never fuse. Memory holds the documents in flight and one
/// country's records.
/// </summary>
public static class ExtractJob
{
    /// <summary>Event records written per transaction: fewer, larger commits touch each index page once per batch.</summary>
    private const int EventBatch = 8192;

    public static ExtractResult Run(IReadOnlyList<string> inputs, IDocumentStore store, CliIo io, bool progress, bool fuse)
    {
        var host = new PipelineHost();
        _ = host.Pipeline; // load the reference data before the clock of the first file starts
        var sources = DefaultArticleSources.Create() with { Clean = article => WhatTheStoreNeeds(host.Process(article)) };
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
        return new ExtractResult(tally, run.RecordCount, result => ReadBack(store, run, fuse, result));
    }

    /// <summary>
    /// A coded document without the layers nobody reads after coding (sentences, tokens, dates, quantities, names):
    /// documents wait in the queue and the store writer's batch, and carrying only the text, events, places and actors
    /// (which the related-report dater reads) keeps them from filling the old generation of the heap.
    /// </summary>
    private static Document WhatTheStoreNeeds(Document coded) =>
        coded with { Sentences = [], Tokens = [], Dates = [], Quantities = [], Names = [] };

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
    /// Reads every stored record of each country this run touched, one country at a time; fuses them (all of them:
    /// records of earlier runs may report the same happenings) and links each to its fused event; and yields this
    /// run's records, with their event ids. A recollection fused with reports of the time gets their day (in the
    /// output; the store keeps the record as coded).
    /// </summary>
    private static IEnumerable<EventRecord> ReadBack(IDocumentStore store, RunRecords run, bool fuse, ExtractResult result)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in run.Countries.Order(StringComparer.Ordinal))
        {
            var records = store.Events(new EventQuery { Country = country, IncludeBackground = true, Limit = int.MaxValue });
            var index = new EventFusionIndex();
            if (fuse)
            {
                index.Add(records);
                store.SetEventIds(records.Select(r => KeyValuePair.Create(r.Id, index.EventIdOf(r.Id)!)));
            }
            foreach (var record in records)
            {
                if (!run.HasDocument(record.Doc))
                    continue;
                if (!fuse)
                {
                    yield return record with { EventId = null };
                    continue;
                }
                var stamped = index.Stamp(record);
                events.Add(stamped.EventId!);
                result.FusedEvents = events.Count;
                yield return stamped;
            }
        }
    }
}
