using System.Globalization;
using System.Text;

namespace Kurultai.Bench;

/// <summary>
/// Generates news-like articles (dates, places, casualty figures, names, crawl debris) for throughput benchmarks.
/// Deterministic for a given seed.
/// </summary>
public sealed class SyntheticCorpus(int seed = 42)
{
    private static readonly string[] Places = ["Bishkek", "Osh", "Tbilisi", "Yerevan", "Almaty", "Minsk", "Dakar", "Lima", "Quito", "La Paz", "Nairobi", "Colombo"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Actors = ["protesters", "demonstrators", "supporters of the opposition", "students", "workers"];
    private static readonly string[] Forces = ["Police", "Riot police", "Security forces", "Troops"];
    private static readonly string[] People = ["Amir Sadykov", "Nina Petrova", "Jorge Quispe", "Awa Diallo", "Levan Beridze"];
    private static readonly string[] Verbs = ["gathered outside the parliament", "marched to the main square", "blocked the central avenue", "stormed the regional administration"];
    private static readonly string[] Responses = ["fired tear gas at", "used water cannon against", "detained dozens of", "opened fire on"];

    public string Article(int index)
    {
        var random = new Random(seed + index);
        string Pick(string[] from) => from[random.Next(from.Length)];
        var sb = new StringBuilder(4096);
        var day = random.Next(1, 28);
        var month = Pick(Months);
        var year = random.Next(2000, 2025);
        sb.Append("Home | News | World\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Unrest in {Pick(Places)} as {Pick(Actors)} defy ban\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"By {Pick(People)}\n{day} {month} {year}\n\n");
        for (var p = 0; p < 8; p++)
        {
            var place = Pick(Places);
            sb.Append(CultureInfo.InvariantCulture, $"On {month} {random.Next(1, 28)}, at least {random.Next(100, 20000):N0} {Pick(Actors)} {Pick(Verbs)} in {place}. ");
            sb.Append(CultureInfo.InvariantCulture, $"{Pick(Forces)} {Pick(Responses)} the crowd, and {random.Next(1, 90)} people were killed while more than {random.Next(10, 700)} were injured, officials said. ");
            sb.Append(CultureInfo.InvariantCulture, $"President {Pick(People)} said on Tuesday evening that the government \"will not resign\", but opposition leader {Pick(People)} called for new elections. ");
            sb.Append(CultureInfo.InvariantCulture, $"Two days later, about {random.Next(2, 300)} people were arrested in {Pick(Places)}.\n\n");
        }
        sb.Append("Related stories\n\nSubscribe to our newsletter!\n\nShare this article\n");
        return sb.ToString();
    }

    /// <summary>Writes articles as .txt files into a folder until it holds at least <paramref name="bytes"/> bytes.</summary>
    public (int Files, long Bytes) WriteFolder(string folder, long bytes)
    {
        Directory.CreateDirectory(folder);
        long written = 0;
        var files = 0;
        while (written < bytes)
        {
            var text = Article(files);
            File.WriteAllText(Path.Combine(folder, $"article-{files:D6}.txt"), text);
            written += Encoding.UTF8.GetByteCount(text);
            files++;
        }
        return (files, written);
    }
}
