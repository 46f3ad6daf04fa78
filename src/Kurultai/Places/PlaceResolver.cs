using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Places;

/// <summary>
/// Resolves place names to gazetteer entries: "protests spread to Jalalabad and Osh" → Jalal-Abad (KG) and Osh
/// (KG), each with a confidence, the alternatives considered and the reason.
/// </summary>
/// <remarks>
/// Reads the names layer's Place and Unknown mentions when an earlier stage provided them (Person mentions are
/// never places), and scans capitalised runs itself, so it also works on a bare document. Resolution weighs the
/// document's country context, division and settlement cues ("Osh region" → the division, "the city of Osh" → the
/// city), a country named after the place ("Lima, Peru"), other places in the same division, population and
/// feature type. A name right after a person title ("President Talas") or inside an unknown capitalised run
/// ("Paris Hilton") is not taken as a place, nor the words of a facility's name ("Moi Avenue"). A misspelt name
/// ("Bakten") is matched by edit distance only within the context countries and after a cue, a locative
/// preposition or a list of places. Each name is judged by the other names' country evidence, not its own: a
/// namesake abroad ("Moi", Norway, in a Kenyan report) needs a large population or its country named beside it.
/// </remarks>
public sealed partial class PlaceResolver(Gazetteer gazetteer, PlaceCues cues) : IStage
{
    private const int MaxAlternatives = 5;
    private readonly PlaceCandidateFinder _finder = new(gazetteer, cues);

    public Layer Requires => Layer.None;

    public Layer Provides => Layer.Places;

    public Document Run(Document document) => document with { Places = Resolve(document) };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ImmutableArray<PlaceMention> Resolve(Document document)
    {
        var demonymVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var candidates = _finder.Find(document, demonymVotes);
        var evidence = Vote(candidates, demonymVotes);
        var context = evidence.Context;
        MatchMisspellings(candidates, context);

        // Mentions that read alike (same normal form, source, cues) resolve alike: each group is ranked once.
        var groups = new List<List<PlaceCandidate>>();
        var byNormal = new Dictionary<string, List<List<PlaceCandidate>>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!byNormal.TryGetValue(candidate.Normal, out var variants))
                byNormal[candidate.Normal] = variants = [];
            var key = candidate.Group;
            List<PlaceCandidate>? group = null;
            foreach (var variant in variants)
            {
                if (variant[0].Group == key)
                {
                    group = variant;
                    break;
                }
            }
            if (group is null)
            {
                variants.Add(group = []);
                groups.Add(group);
            }
            group.Add(candidate);
        }
        var ranked = new List<Scored>();
        var company = Company(groups, context, evidence, ranked);
        var places = new List<PlaceMention>(candidates.Count);
        foreach (var mentions in groups)
        {
            var c = mentions[0];
            var others = evidence.Without(c.Normal);
            if (c.Matches.Count == 0)
            {
                if (Unresolved(c) is { } why)
                    places.AddRange(mentions.Select(m => new PlaceMention(m.Start, m.Length, null, 0, [], why)));
                continue;
            }
            Rank(c, context, company, ranked);
            var best = ranked[0];
            if (!Keep(c, best.Match, others))
            {
                if (Unresolved(c) is not null)
                    places.AddRange(mentions.Select(m => new PlaceMention(m.Start, m.Length, null, 0, [], Rejected(best.Match, others))));
                continue;
            }
            double total = 0;
            foreach (var r in ranked)
                total += Math.Exp(r.Score - best.Score);
            double confidence = Math.Round(PlaceScorer.KindFactor(best.Match.Kind) * PlaceScorer.SourceFactor(c.Source)
                * ContextFactor(c, best.Match.Entry, others) / total, 3);
            var alternatives = ImmutableArray.CreateBuilder<GazetteerEntry>(Math.Min(MaxAlternatives, ranked.Count - 1));
            for (int i = 1; i < ranked.Count && i <= MaxAlternatives; i++)
                alternatives.Add(ranked[i].Match.Entry);
            var alternativesArray = alternatives.DrainToImmutable();
            var reason = Reason(best.Match, c, others, ranked.Count);
            foreach (var m in mentions)
                places.Add(new PlaceMention(m.Start, m.Length, best.Match.Entry, confidence, alternativesArray, reason));
        }
        places.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. places];
    }

    /// <summary>
    /// For each division, the names whose likely place (a first pass without company) lies in it: a division that
    /// holds other names' places is good company for a candidate ("Uzgen" beside "Osh").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, HashSet<string>> Company(List<List<PlaceCandidate>> groups, CountryContext context, CountryEvidence evidence, List<Scored> ranked)
    {
        var company = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mentions in groups)
        {
            var c = mentions[0];
            if (c.Matches.Count == 0)
                continue;
            Rank(c, context, null, ranked);
            var winner = ranked[0].Match;
            if (winner.Entry.Admin1Code.Length == 0 || !Keep(c, winner, evidence.Without(c.Normal)))
                continue;
            if (!company.TryGetValue(winner.Entry.Admin1Code, out var names))
                company[winner.Entry.Admin1Code] = names = new HashSet<string>(StringComparer.Ordinal);
            names.Add(c.Normal);
        }
        return company;
    }

    /// <summary>A match and its score.</summary>
    private readonly record struct Scored(GazetteerMatch Match, double Score);

    /// <summary>Fills <paramref name="into"/> with the candidate's matches by descending score (then population, then id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rank(PlaceCandidate candidate, CountryContext context, Dictionary<string, HashSet<string>>? company, List<Scored> into)
    {
        into.Clear();
        bool divisions = candidate.Matches.Exists(m => m.Entry.Feature == FeatureType.Admin1);
        foreach (var m in candidate.Matches)
            into.Add(new Scored(m, PlaceScorer.Score(m, candidate, context, company, divisions)));
        // Insertion sort: a name has few namesakes, and a generic sort would cost more to compile than to run.
        for (int i = 1; i < into.Count; i++)
        {
            var item = into[i];
            int j = i - 1;
            while (j >= 0 && Before(item, into[j]))
            {
                into[j + 1] = into[j];
                j--;
            }
            into[j + 1] = item;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(Scored a, Scored b) =>
        a.Score != b.Score ? a.Score > b.Score
        : a.Match.Entry.Population != b.Match.Entry.Population ? a.Match.Entry.Population > b.Match.Entry.Population
        : a.Match.Entry.Id < b.Match.Entry.Id;

    /// <summary>Why a name yields an unresolved mention (a named place or a facility's name), or null to yield nothing.</summary>
    private static string? Unresolved(PlaceCandidate c) =>
        c.Facility && c.Source != CandidateSource.Scan ? "facility, street or outlet name: no settlement"
        : c.Source == CandidateSource.NamedPlace ? "named place not in the gazetteer"
        : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Rejected(GazetteerMatch best, CountryEvidence.View others)
    {
        var (dominant, share) = others.Dominant();
        return string.Create(CultureInfo.InvariantCulture,
            $"no plausible entry: best {best.Kind.ToString().ToLowerInvariant()} '{best.MatchedName}' ({best.Entry.Country}) against context {dominant ?? "none"} {share:0.00}");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Reason(GazetteerMatch best, PlaceCandidate c, CountryEvidence.View others, int candidates)
    {
        var parts = new List<string>(4)
        {
            $"{best.Kind.ToString().ToLowerInvariant()} '{best.MatchedName}'",
        };
        if (c.Cues is { Length: > 0 } cueText)
            parts.Add(cueText);
        if (!others.IsEmpty)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"context {best.Entry.Country} {others.Share(best.Entry.Country):0.00}"));
        parts.Add(candidates == 1 ? "1 candidate" : $"{candidates} candidates");
        return string.Join("; ", parts);
    }
}
