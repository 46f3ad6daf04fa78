using Kurultai.Bench;

// kurultai benchmarks: prints throughput and peak memory figures; never asserts (targets are read by people).
// Usage: dotnet run -c Release --project bench/Kurultai.Bench -- [ingest|all] [--mb N]
var which = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "all";
var mbIndex = Array.IndexOf(args, "--mb");
var megabytes = mbIndex >= 0 && mbIndex + 1 < args.Length ? long.Parse(args[mbIndex + 1], System.Globalization.CultureInfo.InvariantCulture) : 100;
var output = Console.Out;
output.WriteLine($"kurultai bench: {which}, corpus {megabytes} MB, {Environment.ProcessorCount} cores");
if (which is "ingest" or "all")
    IngestBenchmark.Run(output, megabytes);
