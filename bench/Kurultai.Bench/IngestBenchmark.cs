using System.Diagnostics;
using Kurultai.Clean;
using Kurultai.Ingest;
using Kurultai.Model;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Bench;

/// <summary>Ingest throughput: read + clean on all cores, batched writes to a scratch SQLite store.</summary>
public static class IngestBenchmark
{
    public static void Run(TextWriter output, long megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kurultai-bench-ingest");
        var (files, bytes) = PrepareCorpus(folder, megabytes);
        var db = Path.Combine(Path.GetTempPath(), $"kurultai-bench-{Environment.ProcessId}.db");
        var reader = new ArticleReader();
        var cleaner = DocumentCleaner.Default();
        var stored = 0;
        var cleanClock = Stopwatch.StartNew();
        var cleanedChars = Directory.GetFiles(folder, "*.txt").AsParallel().SelectMany(reader.ReadFile).Where(r => r.IsOk)
            .Select(r => cleaner.Clean(r.Article!).Text.Length).Sum();
        cleanClock.Stop();
        output.WriteLine($"read+clean only: {bytes / 1e6 / cleanClock.Elapsed.TotalSeconds:F1} MB/s ({cleanedChars / 1e6:F1} M chars kept)");
        var clock = Stopwatch.StartNew();
        using (var store = SqliteDocumentStore.Open(db))
        {
            var batch = new List<Document>(256);
            var inputs = Directory.GetFiles(folder, "*.txt");
            foreach (var document in inputs.AsParallel().AsOrdered()
                .SelectMany(reader.ReadFile)
                .Where(r => r.IsOk)
                .Select(r => cleaner.Clean(r.Article!)))
            {
                batch.Add(document);
                if (batch.Count == 256) { stored += Flush(store, batch); }
            }
            stored += Flush(store, batch);
        }
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var mb = bytes / 1e6;
        output.WriteLine($"ingest: {files} files, {mb:F1} MB → {stored} documents in {seconds:F1} s on {Environment.ProcessorCount} cores");
        output.WriteLine($"ingest: {mb / seconds:F1} MB/s ({mb / seconds / Environment.ProcessorCount:F1} MB/s per core), {stored / seconds:F0} documents/s, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            File.Delete(f);
    }

    private static int Flush(SqliteDocumentStore store, List<Document> batch)
    {
        var n = store.PutMany(batch).Count;
        batch.Clear();
        return n;
    }

    /// <summary>A generated corpus folder of at least the size asked for, reused while its generator is unchanged.</summary>
    internal static (int Files, long Bytes) PrepareCorpus(string folder, long megabytes)
    {
        var wanted = megabytes * 1_000_000;
        var stamp = folder.TrimEnd(Path.DirectorySeparatorChar) + ".generator";
        if (Directory.Exists(folder))
        {
            var existing = Directory.GetFiles(folder, "*.txt").Select(f => new FileInfo(f).Length).ToList();
            if (existing.Sum() >= wanted && File.Exists(stamp) && File.ReadAllText(stamp) == SyntheticCorpus.Version)
                return (existing.Count, existing.Sum());
            Directory.Delete(folder, recursive: true);
        }
        var written = new SyntheticCorpus().WriteFolder(folder, wanted);
        File.WriteAllText(stamp, SyntheticCorpus.Version);
        return written;
    }
}
