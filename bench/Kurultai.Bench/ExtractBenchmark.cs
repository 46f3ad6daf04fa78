using System.Diagnostics;
using Kurultai.Cli;
using Kurultai.Cli.Flow;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Bench;

/// <summary>
/// The whole extract path — read, clean, language layer, places, actors, event coding, store, fusion — on a generated
/// corpus, exactly as <c>kurultai extract</c> runs it. Run at two sizes to see that memory stays flat.
/// </summary>
public static class ExtractBenchmark
{
    public static void Run(TextWriter output, long megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kurultai-bench-extract-{megabytes}");
        var (files, bytes) = IngestBenchmark.PrepareCorpus(folder, megabytes);
        var db = Path.Combine(Path.GetTempPath(), $"kurultai-bench-extract-{Environment.ProcessId}.db");
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        ExtractResult result;
        using (var store = SqliteDocumentStore.Open(db))
            result = ExtractJob.Run([folder], store, new CliIo(TextWriter.Null, TextWriter.Null), progress: false, fuse: true);
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var mb = bytes / 1e6;
        output.WriteLine($"extract: {files} files, {mb:F1} MB → {result.Records.Count} event records, {result.FusedEvents} fused events in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"extract: {mb / clock.Elapsed.TotalSeconds:F2} MB/s wall on {Environment.ProcessorCount} cores, " +
            $"{mb / cpu:F2} MB/s per core (CPU time {cpu:F1} s), peak memory {process.PeakWorkingSet64 / 1e6:F0} MB");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            File.Delete(f);
    }
}
