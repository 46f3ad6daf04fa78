using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>Expands inputs, reads and cleans them on all cores, stores them in batches, and reports rejections.</summary>
public static class IngestJob
{
    public static IngestTally Run(IReadOnlyList<string> inputs, IDocumentStore store, ArticleSources sources, CliIo io, bool progress,
        Action<Kurultai.Model.Document, PutResult>? stored = null)
    {
        var tally = new IngestTally();
        var (files, missing) = InputExpander.Expand(inputs, StoreFiles(store));
        foreach (var rejection in missing)
        {
            tally.Add(rejection);
            io.Err.WriteLine($"rejected: {rejection}");
        }
        var flow = new DocumentFlow(sources.ReadFile, sources.ReadStream, sources.Clean);
        using var writer = new StoreWriter(store, tally);
        if (stored is not null)
            writer.Stored += stored;
        ProgressReporter.Run(io, progress, "ingest", files.Count, tick =>
        {
            flow.Run(files, item =>
            {
                if (item.Document is { } document)
                    writer.Add(document);
                else if (item.Rejection is { } rejection)
                {
                    tally.Add(rejection);
                    io.Err.WriteLine($"rejected: {rejection}");
                }
            }, _ => tick());
            return 0;
        });
        writer.Flush();
        return tally;
    }

    private static HashSet<string> StoreFiles(IDocumentStore store) =>
        store is Kurultai.Storage.Sqlite.SqliteDocumentStore { Path: { Length: > 0 } path }
            ? [path, path + "-wal", path + "-shm", path + "-journal"]
            : [];
}
