using System.Diagnostics;
using System.Globalization;
using Kurultai.Fusion;
using Kurultai.Model;

namespace Kurultai.Bench;

/// <summary>
/// Fuses synthetic event records — 50 countries, each happening reported by one to three outlets with the usual
/// disagreements (a day apart, town vs region, riot vs takeover, different death tolls) — and prints the time, the
/// peak working set and how well the known duplicates were found.
/// </summary>
/// <remarks>
/// The density is the same at every size: about 5.5 records per country and day (1 million records over 50 countries
/// and 10 years; 100,000 over 1 year). A larger dataset covers more time, as a real one does, rather than packing more
/// happenings into the same days and towns: with a fixed 10 years, 1 million records would put 10 times as many
/// happenings in each country-week as 100,000, so each record would have 10 times as many candidates (quadratic
/// work) and unrelated happenings would collide in the same town and day (pairwise precision falling with size).
/// </remarks>
public static class FusionBenchmark
{
    /// <summary>Records per country and day: 1 million over 50 countries and 10 years.</summary>
    private const double RecordsPerCountryDay = 1_000_000 / (Countries * 3652.0);

    private const int Countries = 50;

    private static readonly (string Type, string Sub, string Actor1, string? Actor2)[] Kinds =
    [
        ("Protests", "Peaceful protest", "Protesters", null),
        ("Protests", "Peaceful protest", "Protesters", null),
        ("Protests", "Peaceful protest", "Protesters", null),
        ("Protests", "Protest with intervention", "Protesters", "Police Forces"),
        ("Protests", "Excessive force against protesters", "Police Forces", "Protesters"),
        ("Riots", "Violent demonstration", "Rioters", "Police Forces"),
        ("Riots", "Mob violence", "Rioters", "Civilians"),
        ("Violence against civilians", "Attack", "Unidentified Armed Group", "Civilians"),
        ("Battles", "Armed clash", "Military Forces", "Unidentified Armed Group"),
        ("Strategic developments", "Arrests", "Police Forces", "Protesters"),
        ("Strategic developments", "Other", "Government", null),
    ];

    public static void Run(TextWriter output, int records)
    {
        var (generated, truth) = Generate(records, seed: 7);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        var index = new EventFusionIndex();
        index.Add(generated);
        var clustered = watch.Elapsed;
        var events = index.Events().Sum(e => e.Sources > 1 ? 1 : 0);
        watch.Stop();
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var score = ClusterScorer.Score(index.Clusters(), truth);
        GC.KeepAlive(index);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fusion {records,9:N0} records over {Days(records) / 365.25,4:F1} years: clustered in {clustered.TotalSeconds,5:F2} s, fused events built by {watch.Elapsed.TotalSeconds,5:F2} s (cpu {cpu.TotalSeconds,5:F2} s, GC pauses {pause.TotalSeconds,5:F2} s, {gen2} gen2) " +
            $"({records / watch.Elapsed.TotalSeconds,7:N0} records/s); {index.EventCount:N0} events, {events:N0} multi-source; " +
            $"index {(heapAfter - heapBefore) / (double)records,5:N0} B/record; peak working set {peak / (1024.0 * 1024),6:N0} MB; " +
            $"pairwise P {score.PairPrecision:F3} R {score.PairRecall:F3}"));
    }

    /// <summary>The days the synthetic records span: as many as keep <see cref="RecordsPerCountryDay"/> (at least a week).</summary>
    internal static int Days(int count) => Math.Max(7, (int)Math.Round(count / (Countries * RecordsPerCountryDay)));

    /// <summary>Synthetic reports and the true clusters (the reports of each happening).</summary>
    internal static (List<EventRecord> Records, List<string[]> Truth) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2014, 1, 1).DayNumber;
        var days = Days(count);
        var records = new List<EventRecord>(count);
        var truth = new List<string[]>();
        var places = Places(random);
        var names = Enumerable.Range(0, 400).Select(i => $"Person{i} Surname{i}").ToArray();
        var evidence = Enumerable.Range(0, 64).Select(i => $"witnesses said the crowd gathered near building {i} before noon").ToArray();
        var happening = 0;
        while (records.Count < count)
        {
            var country = random.Next(Countries);
            var day = start + random.Next(days);
            var (location, admin1, lat, lon) = places[country][random.Next(places[country].Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var named = kind.Type == "Strategic developments" && random.Next(2) == 0 ? names[random.Next(names.Length)] : null;
            var dead = kind.Sub is "Excessive force against protesters" or "Attack" or "Armed clash" ? random.Next(1, 60) : 0;
            var reports = Math.Min(count - records.Count, random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 });
            var outlets = Enumerable.Range(0, 20).OrderBy(_ => random.Next()).Take(reports).ToArray();
            var ids = new string[reports];
            for (var r = 0; r < reports; r++)
            {
                var reportDay = day + (r > 0 && random.Next(5) == 0 ? 1 : 0);
                var regional = r > 0 && random.Next(6) == 0;
                var takeover = kind.Type == "Riots" && r > 0 && random.Next(4) == 0;
                var week = DateOnly.FromDayNumber(reportDay).DayNumber / 7;
                var iso = $"C{country:D2}";
                ids[r] = $"h{happening}-{r}";
                records.Add(new EventRecord
                {
                    Id = ids[r],
                    Doc = $"o{outlets[r]}-{iso}-{week}",
                    EventDate = DateOnly.FromDayNumber(reportDay),
                    TimePrecision = 1,
                    EventType = takeover ? "Strategic developments" : kind.Type,
                    SubEventType = takeover ? "Non-violent transfer of territory" : kind.Sub,
                    Actor1 = named ?? $"{kind.Actor1} ({iso})",
                    Actor2 = kind.Actor2 is null ? null : $"{kind.Actor2} ({iso})",
                    Country = iso,
                    Admin1 = admin1,
                    Location = regional ? admin1 : location,
                    Lat = lat,
                    Lon = lon,
                    GeoPrecision = regional ? 2 : 1,
                    Fatalities = dead == 0 ? 0 : dead + (r * random.Next(0, 20)),
                    Evidence = evidence[random.Next(evidence.Length)],
                });
            }
            truth.Add(ids);
            happening++;
        }
        return (records, truth);
    }

    /// <summary>40 towns in 8 regions per country, 5 km to 500 km apart.</summary>
    private static (string Location, string Admin1, double Lat, double Lon)[][] Places(Random random) =>
        [.. Enumerable.Range(0, Countries).Select(c => Enumerable.Range(0, 40)
            .Select(t => ($"Town{c}x{t}", $"Region{c}x{t % 8}", (c % 10 * 5.0) + random.NextDouble() * 4, (c / 10 * 20.0) + random.NextDouble() * 4))
            .ToArray())];
}
