using System.Diagnostics;
using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>
/// Writes documents to the store in batches (one transaction each): a kill mid-batch loses at most the open batch,
/// and a re-run finds everything committed before it unchanged.
/// </summary>
public sealed class StoreWriter(IDocumentStore store, IngestTally tally, int batchSize = 128, int maxMilliseconds = 1000) : IDisposable
{
    private readonly List<Document> _pending = [];
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    /// <summary>Called after each batch commits, with each document and what storing it did.</summary>
    public event Action<Document, PutResult>? Stored;

    public void Add(Document document)
    {
        _pending.Add(document);
        if (_pending.Count >= batchSize || _sinceFlush.ElapsedMilliseconds >= maxMilliseconds)
            Flush();
    }

    public void Flush()
    {
        if (_pending.Count > 0)
        {
            var outcomes = store.PutMany(_pending);
            for (var i = 0; i < outcomes.Count; i++)
            {
                tally.Add(outcomes[i].Outcome);
                Stored?.Invoke(_pending[i], outcomes[i]);
            }
            _pending.Clear();
        }
        _sinceFlush.Restart();
    }

    public void Dispose() => Flush();
}
