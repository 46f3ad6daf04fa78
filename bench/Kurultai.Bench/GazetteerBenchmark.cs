using System.Diagnostics;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Bench;

/// <summary>
/// Gazetteer numbers: size on disk, load time (cold, then warm), name resolutions per second (exact, transliteration
/// and misspelt names), and place resolution throughput over a synthetic news text.
/// </summary>
public static class GazetteerBenchmark
{
    private static readonly string[] Names =
    [
        "Bishkek", "Jalalabad", "Dzhalal-Abad", "Osh", "Isykkul", "Uzgen", "Karakulja", "Paris", "London", "Kyiv",
        "Kiev", "Almaty", "Tashkent", "Moscow", "Xinjiang", "Kyrgyzstan", "Kyrghizia", "Springfield", "Nowhere Town", "Bakten",
    ];

    public static void Run(TextWriter output)
    {
        var path = DataLocator.FindOrThrow("gazetteer", Gazetteer.DefaultFileName);
        output.WriteLine($"gazetteer: {path}");
        output.WriteLine($"  size on disk: {new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB");
        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(path);
        output.WriteLine($"  load (cold): {clock.ElapsedMilliseconds} ms — {gazetteer.Count:N0} entries, {gazetteer.NameCount:N0} distinct names");
        clock.Restart();
        gazetteer = Gazetteer.Load(path);
        output.WriteLine($"  load (warm): {clock.ElapsedMilliseconds} ms");

        var matches = new List<GazetteerMatch>();
        int lookups = 0;
        clock.Restart();
        while (clock.ElapsedMilliseconds < 1000)
        {
            foreach (var name in Names)
            {
                matches.Clear();
                gazetteer.Match(name, matches);
                lookups++;
            }
        }
        output.WriteLine($"  name lookups (exact/alias/transliteration): {lookups / clock.Elapsed.TotalSeconds:N0} per second");

        int fuzzy = 0;
        string[] kg = ["KG"];
        clock.Restart();
        while (clock.ElapsedMilliseconds < 1000)
        {
            matches.Clear();
            gazetteer.MatchFuzzy("Bakten", kg, matches);
            fuzzy++;
        }
        output.WriteLine($"  fuzzy lookups within one country: {fuzzy / clock.Elapsed.TotalSeconds:N0} per second");

        var resolver = new PlaceResolver(gazetteer, PlaceCues.LoadDefault());
        var text = SyntheticText();
        var document = Document.FromText(text);
        resolver.Run(document);
        int runs = 0, mentions = 0;
        clock.Restart();
        while (clock.ElapsedMilliseconds < 2000)
        {
            mentions += resolver.Run(document).Places.Length;
            runs++;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"  place resolution: {mentions / seconds:N0} mentions per second, {runs * (double)text.Length / seconds / 1e6:0.0} MB/s of text");
    }

    /// <summary>About 60 KB of news-like prose naming places in several ways.</summary>
    private static string SyntheticText()
    {
        string[] sentences =
        [
            "Thousands of protesters gathered in Bishkek on Tuesday as police fired tear gas.",
            "In the southern city of Osh, crowds seized the regional administration building.",
            "Clashes spread to Jalalabad and Uzgen, officials in Kyrgyzstan said.",
            "President Kurmanbek Bakiyev fled to Jalal-Abad region, according to Russian media.",
            "The governor of Issyk-Kul Region resigned after demonstrators blocked the Kochkor-Bishkek highway.",
            "Meanwhile, Kazakh border guards closed crossings near Almaty and Paris Hilton was not involved.",
            "Riot police in Naryn and Talas refused to shoot; in Bakten the prosecutor's office burned.",
            "Opposition leaders met in Moscow and Washington before returning to Kyrgyzstan's capital.",
        ];
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 60_000)
        {
            foreach (var sentence in sentences)
                builder.Append(sentence).Append(' ');
            builder.Append("\n\n");
        }
        return builder.ToString();
    }
}
