using Kurultai.Dates;
using Kurultai.Fusion;
using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>What an extract run produced: this run's records (with fused event ids when fused) and the ingest tally.</summary>
public sealed record ExtractResult(IReadOnlyList<EventRecord> Records, IngestTally Tally, int FusedEvents);

/// <summary>
/// ingest → clean → language → places/actors → coding on all cores, streaming: documents and their events go to the
/// store batch by batch; then (unless told not to) every stored record is fused and each gets its event id.
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
        var records = new List<EventRecord>();
        var dater = new RelatedReportDater();
        var undated = new List<(Document Document, long Key)>();
        var pending = new List<(long, IReadOnlyList<EventRecord>)>();
        var pendingRecords = 0;
        var runKeys = new HashSet<long>();
        var tally = IngestJob.Run(inputs, store, sources, io, progress, (document, stored) =>
        {
            // Unchanged documents are re-coded too: the coder may have changed since they were stored.
            pending.Add((stored.Key, document.Events));
            pendingRecords += document.Events.Length;
            runKeys.Add(stored.Key);
            if (pendingRecords >= EventBatch)
            {
                store.ReplaceEvents(pending);
                pending.Clear();
                pendingRecords = 0;
            }
            records.AddRange(document.Events);
            if (document.Anchor.Date is null)
                undated.Add((document, stored.Key));
            else
                dater.Add(document);
        });
        store.ReplaceEvents(pending);
        foreach (var (document, key) in undated)
        {
            // A report that states no date is dated by a dated report of the same events, then coded again.
            if (dater.Date(document) is not { } metadata)
                continue;
            var redated = host.Process(document with { Article = document.Article with { Metadata = metadata } });
            store.ReplaceEvents(key, redated.Events);
            records.RemoveAll(r => r.Doc == document.Id);
            records.AddRange(redated.Events);
            io.Err.WriteLine($"dated {document.Id} by a related report: {metadata.Published!.Detail}");
        }
        if (!fuse)
            return new ExtractResult(records, tally, 0);
        // This run's records are in memory; only the other documents' records are read back (one Add: a document's
        // records are indexed together, whichever revision they came from).
        var index = new EventFusionIndex();
        index.Add(records.Concat(store.Events(new EventQuery { IncludeBackground = true, Limit = int.MaxValue, ExceptDocumentKeys = runKeys })));
        store.SetEventIds(index.Clusters().SelectMany(c => c.Select(id => (id, index.EventIdOf(id)!))).ToDictionary());
        // Each record gets its fused event id; a recollection fused with reports of the time also gets their day.
        var fused = records.Select(index.Stamp).ToList();
        return new ExtractResult(fused, tally, index.EventCount);
    }
}
