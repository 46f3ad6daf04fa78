using System.Text.Json;
using Kurultai.Model;
using Kurultai.Pipeline;
using Kurultai.Places;
using Kurultai.Tests.Testing;
using Xunit;

namespace Kurultai.Tests.Places;

/// <summary>
/// On the development seeds: every gold record at town (1) or region (2) precision whose location or admin1 is
/// named in its document gets a resolved place within 10 km of the gold coordinates (for a region, a place in
/// that region). Once on bare documents (the resolver's own scan finds the candidates), once after the language
/// layer (the NameRecognizer's mentions first, as in the pipeline).
/// </summary>
public sealed class SeedPlaceRecallTests(ITestOutputHelper output)
{
    private const double Floor = 0.9;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resolves_the_places_of_gold_records_named_in_their_documents(bool namesLayer)
    {
        // Given
        var seeds = SharedCorpus.Seeds;
        var resolver = new PlaceResolver(GeoData.Real, GeoData.Cues);
        var language = Stages.Language();
        var documents = Directory.GetFiles(seeds, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => File.ReadAllText(f));
        var places = documents.ToDictionary(d => d.Key, d =>
        {
            var document = Document.FromText(d.Value, d.Key);
            return resolver.Run(namesLayer ? language.Run(document) : document).Places;
        });
        int inScope = 0, hits = 0;
        var misses = new List<string>();

        // When
        foreach (var gold in GoldRecords().Where(g => g.Precision is 1 or 2 && documents.ContainsKey(g.Doc)))
        {
            var text = documents[gold.Doc];
            if (!Named(text, gold.Location) && !(gold.Precision == 2 && Named(text, gold.Admin1)))
                continue;
            inScope++;
            bool hit = places[gold.Doc].Any(p => p.Place is { } e && (GeoDistance.Km(e.Lat, e.Lon, gold.Lat, gold.Lon) <= 10
                || (gold.Precision == 2 && NameKey.Normal(e.Admin1) == NameKey.Normal(gold.Admin1))));
            if (hit)
                hits++;
            else
                misses.Add($"{gold.Id} {gold.Location} ({gold.Admin1}, precision {gold.Precision}) at {gold.Lat},{gold.Lon}: resolved "
                    + string.Join(", ", places[gold.Doc].Where(p => Named(gold.Location, text.Substring(p.Start, p.Length)))
                        .Select(p => $"{p.Place?.Name}/{p.Place?.Admin1}/{p.Place?.Country} {p.Place?.Lat},{p.Place?.Lon}").Distinct()));
        }

        // Then
        double recall = inScope == 0 ? 0 : (double)hits / inScope;
        output.WriteLine($"place recall {(namesLayer ? "with" : "without")} names layer {hits}/{inScope} = {recall:0.000}");
        foreach (var miss in misses)
            output.WriteLine("miss: " + miss);
        Assert.True(inScope >= 30, $"only {inScope} gold records in scope");
        Assert.True(recall >= Floor, $"recall {recall:0.000} below {Floor}");
    }

    /// <summary>Whether some word run of the text has the key of the name (or of its first word), or one edit from it.</summary>
    private static bool Named(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return false;
        var targets = new[] { NameKey.Key(name), NameKey.Key(name.Split(' ')[0]) }.Where(k => k.Length >= 3).Distinct().ToList();
        foreach (var word in text.Split([' ', '\n', ',', '.', ';', ':', '(', ')', '"', '“', '”', '’', '\'', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = NameKey.Key(word);
            if (key.Length >= 3 && targets.Exists(t => t == key || EditDistance.Bounded(t, key, EditDistance.Budget(t.Length)) <= EditDistance.Budget(t.Length)))
                return true;
        }
        return false;
    }

    private sealed record Gold(string Id, string Doc, int Precision, string Location, string Admin1, double Lat, double Lon);

    private static IEnumerable<Gold> GoldRecords() =>
        File.ReadLines(SharedCorpus.GoldEvents).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var e = JsonDocument.Parse(l).RootElement;
            return new Gold(e.GetProperty("id").GetString()!, e.GetProperty("doc").GetString()!, e.GetProperty("geo_precision").GetInt32(),
                e.GetProperty("location").GetString() ?? "", e.TryGetProperty("admin1", out var a) ? a.GetString() ?? "" : "",
                e.GetProperty("lat").GetDouble(), e.GetProperty("lon").GetDouble());
        });
}
