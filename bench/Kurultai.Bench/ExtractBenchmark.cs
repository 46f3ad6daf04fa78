using System.Diagnostics;
using Kurultai.Cli;
using Kurultai.Cli.Flow;
using Kurultai.Fusion;
using Kurultai.Model;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Bench;

/// <summary>
/// The whole extract path — read, clean, language layer, places, actors, event coding, store, fusion — on a generated
/// corpus, exactly as <c>kurultai extract</c> runs it, and then its parts alone (processing on all cores without the
/// store; fusion of the records), so the cost of each shows.
/// </summary>
public static class ExtractBenchmark
{
    public static void Run(TextWriter output, long megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kurultai-bench-extract-{megabytes}");
        var (files, bytes) = IngestBenchmark.PrepareCorpus(folder, megabytes);
        var mb = bytes / 1e6;
        var db = Path.Combine(Path.GetTempPath(), $"kurultai-bench-extract-{Environment.ProcessId}.db");
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var (result, whole) = Measure(() =>
        {
            using var store = SqliteDocumentStore.Open(db);
            return ExtractJob.Run([folder], store, new CliIo(TextWriter.Null, TextWriter.Null), progress: false, fuse: true);
        });
        output.WriteLine($"extract: {files} files, {mb:F1} MB → {result.Records.Count} event records " +
            $"({result.Records.Count / (bytes / 1000.0):F1} per KB), {result.FusedEvents} fused events in {whole.Wall:F1} s");
        output.WriteLine($"extract: {mb / whole.Wall:F2} MB/s wall on {Environment.ProcessorCount} cores, " +
            $"{mb / whole.Cpu:F2} MB/s per core (CPU time {whole.Cpu:F1} s), peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        output.WriteLine($"extract: GC paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F1} s, {GC.CollectionCount(2) - gen2Before} full collections");
        // The search index is built on the first search after new documents, outside extract: its cost, shown here.
        var (hits, indexing) = Measure(() =>
        {
            using var store = SqliteDocumentStore.Open(db);
            return store.Search("protesters", 10).Count;
        });
        output.WriteLine($"search: first search after extract indexed the {mb:F1} MB in {indexing.Wall:F1} s ({indexing.Cpu:F1} s CPU, {hits} hits)");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            File.Delete(f);

        var host = new PipelineHost();
        _ = host.Pipeline;
        var sources = DefaultArticleSources.Create() with { Clean = host.Process };
        var flow = new DocumentFlow(sources.ReadFile, sources.ReadStream, sources.Clean);
        var records = new List<EventRecord>();
        var (_, processing) = Measure(() =>
        {
            flow.Run(Directory.GetFiles(folder, "*.txt"), item => records.AddRange(item.Document?.Events ?? []));
            return 0;
        });
        output.WriteLine($"extract parts: processing alone (read, clean, all stages, all cores, no store) {mb / processing.Cpu:F2} MB/s per core (CPU {processing.Cpu:F1} s)");
        var (_, fusion) = Measure(() => new EventFusionIndex().Add(records));
        output.WriteLine($"extract parts: fusion of {records.Count} records {fusion.Cpu:F1} s CPU; store and the rest {whole.Cpu - processing.Cpu - fusion.Cpu:F1} s CPU");
    }

    private static (T Result, (double Wall, double Cpu) Cost) Measure<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        return (result, (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds));
    }
}
