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
/// Throughput of the language layer (sentences, tokens, anchor, dates, quantities, names) on one core. Without a
/// corpus it first writes ≥ 100 MB of synthetic articles to a temporary file (<c>KURULTAI_BENCH_MB</c> to change the
/// size); with one it reads the directory's <c>*.txt</c> files, repeated up to that size. Documents are streamed one
/// at a time. Prints MB/s and sentences/s per core from the process's CPU time (robust on a busy machine) and from
/// wall time, the share of each stage, and the peak working set.
/// </summary>
public static class LanguageBenchmark
{
    private const long DefaultMegabytes = 100;
    private const double WarmUpSeconds = 4;
    private const char DocumentSeparator = '\f';

    public static void Run(TextWriter output, string? corpusDirOrNull)
    {
        var stages = new IStage[]
        {
            new SentenceSplitter(), new Tokenizer(), new AnchorResolver(), new DateRecognizer(), new QuantityRecognizer(), new NameRecognizer(),
        };
        long megabytes = long.TryParse(Environment.GetEnvironmentVariable("KURULTAI_BENCH_MB"), out long mb) && mb > 0 ? mb : DefaultMegabytes;
        long bytesWanted = megabytes * 1024 * 1024;
        string? temp = null;
        try
        {
            if (corpusDirOrNull is null)
            {
                temp = Path.Combine(Path.GetTempPath(), $"kurultai-language-bench-{Environment.ProcessId}.txt");
                WriteSynthetic(temp, bytesWanted);
            }
            WarmUp(stages, temp is null ? FromDirectory(corpusDirOrNull!, bytesWanted) : FromFile(temp));
            Measure(output, stages, temp is null ? FromDirectory(corpusDirOrNull!, bytesWanted) : FromFile(temp),
                corpusDirOrNull ?? $"synthetic, via {temp}");
        }
        finally
        {
            if (temp is not null) File.Delete(temp);
        }
    }

    /// <summary>Lexicon loading and the JIT's tiering are start-up costs, not throughput: run a few seconds first.</summary>
    private static void WarmUp(IStage[] stages, IEnumerable<string> documents)
    {
        var clock = Stopwatch.StartNew();
        var ignored = new long[stages.Length];
        foreach (var text in documents)
        {
            RunAll(stages, text, ignored);
            if (clock.Elapsed.TotalSeconds >= WarmUpSeconds) break;
        }
    }

    private static void Measure(TextWriter output, IStage[] stages, IEnumerable<string> documents, string source)
    {
        var perStage = new long[stages.Length];
        long bytes = 0, sentences = 0, docs = 0, dates = 0, quantities = 0, names = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var pauseBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
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
        wall.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double inStages = perStage.Sum() / (double)Stopwatch.Frequency;
        double megs = bytes / (1024.0 * 1024.0);
        output.WriteLine($"language layer: {docs:N0} documents, {megs:N1} MB, {sentences:N0} sentences ({source})");
        output.WriteLine($"  found: {dates:N0} dates, {quantities:N0} quantities, {names:N0} names");
        output.WriteLine($"  per core (CPU time {cpu:N2} s, reading included): {megs / cpu:N1} MB/s, {sentences / cpu:N0} sentences/s");
        output.WriteLine($"  wall clock ({inStages:N2} s in stages of {wall.Elapsed.TotalSeconds:N2} s): {megs / inStages:N1} MB/s, {sentences / inStages:N0} sentences/s");
        for (int i = 0; i < stages.Length; i++)
        {
            double s = perStage[i] / (double)Stopwatch.Frequency;
            output.WriteLine($"    {stages[i].GetType().Name,-20} {100 * s / inStages,5:N1} %  ({megs / s,7:N1} MB/s wall)");
        }
        output.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / (double)bytes:N1} bytes per byte of text; "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:N2} s; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB");
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

    private static void WriteSynthetic(string path, long bytes)
    {
        var generator = new SyntheticArticles(seed: 2010);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        for (long produced = 0; produced < bytes;)
        {
            var text = generator.Next();
            writer.Write(text);
            writer.Write(DocumentSeparator);
            produced += text.Length;
        }
    }

    /// <summary>Streams the documents of a file written by <see cref="WriteSynthetic"/>, one at a time.</summary>
    private static IEnumerable<string> FromFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, false, 1 << 16);
        var sb = new StringBuilder(8192);
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c != DocumentSeparator)
            {
                sb.Append((char)c);
                continue;
            }
            yield return sb.ToString();
            sb.Clear();
        }
        if (sb.Length > 0) yield return sb.ToString();
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
}
