using System.Diagnostics;
using System.Text;
using Kurultai.Dates;
using Kurultai.Model;
using Kurultai.Names;
using Kurultai.Numbers;
using Kurultai.Pipeline;
using Kurultai.Segment;

namespace Kurultai.Bench;

/// <summary>
/// Throughput of the language layer (sentences, tokens, anchor, dates, quantities, names) on one core: synthetic
/// articles generated on the fly (≥ 100 MB by default, <c>KURULTAI_BENCH_MB</c> to change), or the <c>*.txt</c>
/// files of a corpus directory, streamed one document at a time. Prints MB/s and sentences/s overall and per stage,
/// and the peak working set.
/// </summary>
public static class LanguageBenchmark
{
    private const long DefaultMegabytes = 100;
    private const double WarmUpSeconds = 4;

    public static void Run(TextWriter output, string? corpusDirOrNull)
    {
        var stages = new IStage[]
        {
            new SentenceSplitter(), new Tokenizer(), new AnchorResolver(), new DateRecognizer(), new QuantityRecognizer(), new NameRecognizer(),
        };
        long megabytes = long.TryParse(Environment.GetEnvironmentVariable("KURULTAI_BENCH_MB"), out long mb) && mb > 0 ? mb : DefaultMegabytes;
        var documents = corpusDirOrNull is null ? Synthetic(megabytes * 1024 * 1024) : FromDirectory(corpusDirOrNull, megabytes * 1024 * 1024);

        // Warm up for a few seconds: lexicon loading and the JIT's tiering (tier 0, instrumented, optimised code)
        // are start-up costs, not throughput.
        var warmUp = Stopwatch.StartNew();
        foreach (var text in Synthetic(long.MaxValue))
        {
            RunAll(stages, text, new long[stages.Length]);
            if (warmUp.Elapsed.TotalSeconds >= WarmUpSeconds) break;
        }

        var perStage = new long[stages.Length];
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        long bytes = 0, sentences = 0, docs = 0, dates = 0, quantities = 0, names = 0;
        foreach (var text in documents)
        {
            var doc = RunAll(stages, text, perStage);
            bytes += Encoding.UTF8.GetByteCount(text);
            sentences += doc.Sentences.Length;
            dates += doc.Dates.Length;
            quantities += doc.Quantities.Length;
            names += doc.Names.Length;
            docs++;
        }
        double seconds = perStage.Sum() / (double)Stopwatch.Frequency;
        double megs = bytes / (1024.0 * 1024.0);
        output.WriteLine($"language layer: {docs:N0} documents, {megs:N1} MB, {sentences:N0} sentences ({(corpusDirOrNull is null ? "synthetic" : corpusDirOrNull)})");
        output.WriteLine($"  found: {dates:N0} dates, {quantities:N0} quantities, {names:N0} names");
        output.WriteLine($"  one core: {megs / seconds:N1} MB/s, {sentences / seconds:N0} sentences/s ({seconds:N2} s in stages)");
        for (int i = 0; i < stages.Length; i++)
        {
            double s = perStage[i] / (double)Stopwatch.Frequency;
            output.WriteLine($"    {stages[i].GetType().Name,-20} {megs / s,8:N1} MB/s  {100 * s / seconds,5:N1} %");
        }
        output.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / megs / (1024 * 1024):N1} bytes per byte of text (generation included); "
            + $"GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:N2} s");
        output.WriteLine($"  peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB");
    }

    private static Document RunAll(IStage[] stages, string text, long[] perStage)
    {
        var doc = Document.FromText(text);
        for (int i = 0; i < stages.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            doc = stages[i].Run(doc);
            perStage[i] += Stopwatch.GetTimestamp() - start;
        }
        return doc;
    }

    private static IEnumerable<string> FromDirectory(string directory, long minimumBytes)
    {
        var files = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order().ToList();
        if (files.Count == 0) yield break;
        long total = 0;
        do
        {
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                total += text.Length;
                yield return text;
            }
        } while (total < minimumBytes);
    }

    private static IEnumerable<string> Synthetic(long bytes)
    {
        var generator = new SyntheticArticles(seed: 2010);
        for (long produced = 0; produced < bytes;)
        {
            var text = generator.Next();
            produced += text.Length;
            yield return text;
        }
    }
}
