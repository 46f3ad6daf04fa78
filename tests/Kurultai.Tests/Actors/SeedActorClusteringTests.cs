using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kurultai.Actors;
using Kurultai.Model;
using Kurultai.Places;
using Kurultai.Tests.Places;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Actors;

/// <summary>
/// On the development seeds, each gold person who appears under several spellings (Bakiyev/Bakayev/Bakiev,
/// Otunbayeva/Otumbaeva/Otunbaeva…) is one actor within each document and one identity across documents — by
/// the key mechanism alone, without the dictionary of known actors. The names layer is a crude one built here:
/// every capitalised run that is not a resolved place is taken for a person.
/// </summary>
public sealed partial class SeedActorClusteringTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}'’\-]*(?: \p{Lu}[\p{L}\p{M}'’\-]*)*")]
    private static partial Regex CapitalisedRun();

    [Fact]
    public void Each_gold_person_under_several_spellings_is_one_actor()
    {
        // Given
        var seeds = SharedCorpus.Seeds;
        var lexicon = GeoData.Lexicon.WithoutKnownActors();
        var places = new PlaceResolver(GeoData.Real, GeoData.Cues);
        var actors = new ActorResolver(GeoData.Real, lexicon);
        var directory = new ActorDirectory(lexicon);
        var mentions = new List<(string Doc, string Surface, ActorMention Actor, ActorIdentity Identity)>();
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = places.Run(Document.FromText(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
            document = actors.Run(document with { Names = CrudeNames(document) });
            foreach (var actor in document.Actors.Where(a => a.Kind == ActorKind.Person))
                mentions.Add((document.Id, document.TextOf(actor.Span), actor, directory.Resolve(actor)));
        }

        // When: the mentions that spell each gold person's surname, by a test-side criterion independent of the key
        int checkedPersons = 0;
        foreach (var person in GoldPersons())
        {
            var spelled = mentions.Where(m => PersonName.Parse(m.Surface, lexicon) is { } n && Spells(person, n)).ToList();
            var spellings = spelled.Select(m => PersonName.Parse(m.Surface, lexicon)!.Surname).Distinct(StringComparer.Ordinal).ToList();
            output.WriteLine($"{person.Display}: {spelled.Count} mentions, spellings {string.Join(", ", spellings)} → identities "
                + string.Join(" | ", spelled.Select(m => $"{m.Identity.Name} [{m.Identity.Key}]").Distinct()));
            if (spellings.Count < 2)
                continue;
            checkedPersons++;

            // Then
            Assert.Single(spelled.Select(m => m.Identity.Key).Distinct());
            foreach (var doc in spelled.GroupBy(m => m.Doc))
                Assert.Single(doc.Select(m => m.Actor.Key).Distinct());
        }
        Assert.True(checkedPersons >= 4, $"only {checkedPersons} persons appear under several spellings");
    }

    /// <summary>
    /// Whether a parsed mention spells the gold person's surname: same first letter and the same consonant skeleton
    /// (y, j, h, w ignored; m read as n), or within two edits when the given names are equal.
    /// </summary>
    private static bool Spells(PersonName gold, PersonName mention)
    {
        var a = NameKey.Normal(gold.Surname);
        var b = NameKey.Normal(mention.Surname);
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0])
            return false;
        if (Skeleton(a) == Skeleton(b))
            return true;
        return mention.Given is { Length: > 1 } g && NameKey.Normal(g) == NameKey.Normal(gold.Given ?? "") && EditDistance.Bounded(a, b, 2) <= 2;
    }

    private static string Skeleton(string normal) =>
        new([.. normal.Where(c => !"aeiouyjhw".Contains(c)).Select(c => c == 'm' ? 'n' : c)]);

    private static ImmutableArray<NameMention> CrudeNames(Document document) =>
        [.. CapitalisedRun().Matches(document.Text)
            .Select(m => new NameMention(m.Index, m.Length, NameKind.Person, 0.8))
            .Where(n => !document.Places.Any(p => p.Span.Overlaps(n.Span)))];

    private static IEnumerable<PersonName> GoldPersons() =>
        File.ReadLines(SharedCorpus.GoldEvents).Where(l => l.Trim().Length > 0)
            .SelectMany(l =>
            {
                var e = JsonDocument.Parse(l).RootElement;
                return new[] { "actor1", "actor2" }.Select(k => e.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "");
            })
            .Where(n => n.Split(' ').Length == 2 && !n.Contains('(') && !n.StartsWith("Police", StringComparison.Ordinal)
                && !n.StartsWith("Military", StringComparison.Ordinal) && !n.StartsWith("Government", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(n => new PersonName(n.Split(' ')[0], n.Split(' ')[1]));
}
