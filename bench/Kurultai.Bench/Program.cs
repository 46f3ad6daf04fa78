using System.Globalization;
using Kurultai.Bench;

// Kurultai benchmarks: print throughput and peak memory; they never assert (targets are read by people).
// Usage: dotnet run -c Release --project bench/Kurultai.Bench -- [all|language|ingest|stages|gazetteer|extract|fusion] [--mb N] [--records N]
var which = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "all";
long Arg(string name, long fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
var megabytes = Arg("--mb", 100);
var records = (int)Arg("--records", 1_000_000);
var output = Console.Out;
output.WriteLine($"kurultai bench: {which}; corpus {megabytes} MB; {records:N0} fusion records; {Environment.ProcessorCount} cores");
if (which is "language" or "all")
{
    Environment.SetEnvironmentVariable("KURULTAI_BENCH_MB", megabytes.ToString(CultureInfo.InvariantCulture));
    LanguageBenchmark.Run(output, null);
}
if (which is "ingest" or "all")
    IngestBenchmark.Run(output, megabytes);
if (which is "gazetteer" or "all")
    GazetteerBenchmark.Run(output);
if (which is "stages" or "all")
    StageBenchmark.Run(output, Math.Min(megabytes, 20));
if (which is "extract" or "all")
    ExtractBenchmark.Run(output, megabytes);
if (which is "fusion" or "all")
{
    // Three sizes, so the growth with the record count shows.
    foreach (var size in new[] { records / 10, records * 3 / 10, records })
        FusionBenchmark.Run(output, size);
}
