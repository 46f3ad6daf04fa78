using System.Diagnostics;
using Kurultai.Clean;
using Kurultai.Ingest;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Bench;

/// <summary>Where the time goes: each stage's throughput per second of CPU time over the same generated articles.</summary>
public static class StageBenchmark
{
    public static void Run(TextWriter output, long megabytes)
    {
        var corpus = new SyntheticCorpus();
        var reader = new ArticleReader();
        var cleaner = DocumentCleaner.Default();
        var pipeline = Stages.Default(KurultaiData.LoadDefault());
        var texts = new List<string>();
        long bytes = 0;
        for (var i = 0; bytes < megabytes * 1_000_000; i++)
        {
            texts.Add(corpus.Article(i));
            bytes += texts[^1].Length;
        }
        // Warm up: compile every stage's code paths before the clocks start.
        foreach (var text in texts.Take(50))
            pipeline.Run(cleaner.Clean(reader.ReadText(text, "warm-up.txt").First().Article!));
        var process = Process.GetCurrentProcess();
        var clock = new CpuClock(process);
        var documents = texts.Select((t, i) => cleaner.Clean(reader.ReadText(t, $"a{i}.txt").First().Article!)).ToList();
        output.WriteLine($"stage {"read+clean",-20} {bytes / 1e6 / clock.Seconds,8:F1} MB/s of CPU time");
        foreach (var stage in pipeline.Stages)
        {
            clock.Restart();
            for (var i = 0; i < documents.Count; i++)
                documents[i] = stage.Run(documents[i]) with { Layers = documents[i].Layers | stage.Provides };
            output.WriteLine($"stage {stage.GetType().Name,-20} {bytes / 1e6 / clock.Seconds,8:F1} MB/s of CPU time");
        }
    }
}

/// <summary>Process CPU time since the last restart: unlike a wall clock, not inflated when other work shares the cores.</summary>
internal sealed class CpuClock(Process process)
{
    private TimeSpan _start = Now(process);

    public double Seconds => (Now(process) - _start).TotalSeconds;

    public void Restart() => _start = Now(process);

    private static TimeSpan Now(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
