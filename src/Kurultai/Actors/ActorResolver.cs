using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Pipeline;
using Kurultai.Places;

namespace Kurultai.Actors;

/// <summary>
/// Resolves who acts: generic actors from role nouns ("riot police" → "Police Forces of Kyrgyzstan") and named
/// persons and organisations from the names layer, each spelling clustered to one actor ("Bakayev", "Bakiev",
/// "Bakiyev’s" and "Kurmanbek Bakiyev" → one key, "Kurmanbek Bakiyev").
/// </summary>
/// <remarks>
/// Requires the places layer for the document's country context. Persons are clustered by the transliteration key
/// of their surname (<see cref="ActorKeyer"/>), full names first; a bare surname takes the canonical full name of
/// its cluster. The seed dictionary (<c>data/actors/actors.tsv</c>) names well-known figures but is not needed:
/// the mechanism works for names it does not hold. Reads the names layer when an earlier stage provided it.
/// </remarks>
public sealed class ActorResolver(Gazetteer gazetteer, ActorLexicon lexicon) : IStage
{
    private readonly RoleNounFinder _roles = new(gazetteer, lexicon);

    public Layer Requires => Layer.Places;

    public Layer Provides => Layer.Actors;

    public Document Run(Document document) => document with { Actors = Resolve(document) };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ImmutableArray<ActorMention> Resolve(Document document)
    {
        var context = CountryContext.Of(document.Places);
        var named = NamedMentions(document);
        named.Sort((a, b) => a.Start.CompareTo(b.Start));
        var actors = new List<ActorMention>(named.Count);
        int next = 0;
        foreach (var role in _roles.Find(document.Text, context))
        {
            // Role mentions come in text order: skip the names that end before this one, drop it if a name covers it.
            while (next < named.Count && named[next].Start + named[next].Length <= role.Start)
                next++;
            if (!Overlapped(named, next, role))
                actors.Add(role);
        }
        actors.AddRange(named);
        actors.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return [.. actors];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Overlapped(List<ActorMention> sorted, int from, ActorMention role)
    {
        for (int k = from; k < sorted.Count && sorted[k].Start < role.Start + role.Length; k++)
        {
            if (sorted[k].Span.Overlaps(role.Span))
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ActorMention> NamedMentions(Document document)
    {
        var text = document.Text;
        var persons = new List<PersonMention>();
        var result = new List<ActorMention>();
        var organisations = new Dictionary<string, (string Name, string Key)>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < document.Names.Length; i++)
        {
            var name = document.Names[i];
            if (name.Start < 0 || name.Length <= 0 || name.Start + name.Length > text.Length)
                continue;
            var surface = text.AsSpan(name.Start, name.Length);
            if (name.Kind == NameKind.Person && PersonName.Parse(surface, lexicon) is { } person)
                persons.Add(new PersonMention(i, name.Start, person));
            else if (name.Kind == NameKind.Organisation && surface.Trim().Length > 1)
            {
                // An organisation named again shares the strings of its first mention.
                if (!organisations.TryGetValue(surface.Trim(), out var known))
                {
                    var organisation = surface.Trim().ToString();
                    known = (organisation, ActorKeyer.OrganisationKey(organisation));
                    organisations.Dictionary[organisation] = known;
                }
                result.Add(new ActorMention(name.Start, name.Length, known.Key, known.Name, ActorKind.Organisation, null, Math.Round(name.Confidence * 0.9, 3)));
            }
        }
        int? year = document.Metadata.Published?.Value.Year ?? document.Anchor.Date?.Year;
        foreach (var cluster in PersonClusterer.Cluster(persons, lexicon, year))
        {
            var canonical = cluster.Known is { } known ? PersonName.Parse(known.Name, lexicon) ?? cluster.Canonical : cluster.Canonical;
            var key = ActorKeyer.Key(canonical);
            var display = cluster.Known?.Name ?? canonical.Display;
            foreach (var (mention, _, _) in cluster.Members)
            {
                var name = document.Names[mention];
                double confidence = name.Confidence * (cluster.Known is not null ? 1.0 : 0.9) * (cluster.Fuzzy ? 0.85 : 1.0);
                result.Add(new ActorMention(name.Start, name.Length, key, display, ActorKind.Person, cluster.Known?.Country, Math.Round(confidence, 3)));
            }
        }
        return result;
    }
}
