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
    public static ExtractResult Run(IReadOnlyList<string> inputs, IDocumentStore store, CliIo io, bool progress, bool fuse)
    {
        var host = new PipelineHost();
        _ = host.Pipeline; // load the reference data before the clock of the first file starts
        var sources = DefaultArticleSources.Create() with { Clean = host.Process };
        var records = new List<EventRecord>();
        var tally = IngestJob.Run(inputs, store, sources, io, progress, (document, stored) =>
        {
            // Unchanged documents are re-coded too: the coder may have changed since they were stored.
            store.ReplaceEvents(stored.Key, document.Events);
            records.AddRange(document.Events);
        });
        if (!fuse)
            return new ExtractResult(records, tally, 0);
        var index = new EventFusionIndex();
        index.Add(store.Events(new EventQuery { IncludeBackground = true, Limit = int.MaxValue }));
        store.SetEventIds(index.Clusters().SelectMany(c => c.Select(id => (id, index.EventIdOf(id)!))).ToDictionary());
        var fused = records.Select(r => r with { EventId = index.EventIdOf(r.Id) }).ToList();
        return new ExtractResult(fused, tally, index.EventCount);
    }
}
