using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        // Each group is scored once; the second pass only adds the company bonus and re-sorts.
        var scored = new Scored[groups.Count][];
        var company = Company(groups, context, evidence, scored);
        var ranked = new List<Scored>();
        var places = new List<PlaceMention>(candidates.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var mentions = groups[g];
            var c = mentions[0];
            var others = evidence.Without(c.Normal);
            if (c.Matches.Count == 0)
            {
                if (Unresolved(c) is { } why)
                {
                    foreach (var m in mentions)
                        places.Add(new PlaceMention(m.Start, m.Length, null, 0, [], why));
                }
                continue;
            }
            ranked.Clear();
            foreach (var r in scored[g])
                ranked.Add(r with { Score = r.Score + PlaceScorer.CompanyBonus(r.Match.Entry, c.Normal, company) });
            SortScores(CollectionsMarshal.AsSpan(ranked));
            var best = ranked[0];
            if (!Keep(c, best.Match, others))
            {
                if (Unresolved(c) is not null)
                {
                    var why = Rejected(best.Match, others);
                    foreach (var m in mentions)
                        places.Add(new PlaceMention(m.Start, m.Length, null, 0, [], why));
                }
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
    private static Dictionary<string, HashSet<string>> Company(List<List<PlaceCandidate>> groups, CountryContext context, CountryEvidence evidence, Scored[][] scored)
    {
        var company = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            var c = groups[g][0];
            scored[g] = Rank(c, context);
            if (scored[g].Length == 0)
                continue;
            var winner = scored[g][0].Match;
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

    /// <summary>The candidate's matches by descending score without company (then population, then id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Scored[] Rank(PlaceCandidate candidate, CountryContext context)
    {
        var scores = new Scored[candidate.Matches.Count];
        bool divisions = candidate.Matches.Exists(m => m.Entry.Feature == FeatureType.Admin1);
        for (int i = 0; i < scores.Length; i++)
            scores[i] = new Scored(candidate.Matches[i], PlaceScorer.Score(candidate.Matches[i], candidate, context, divisions));
        SortScores(scores);
        return scores;
    }

    /// <summary>Insertion sort: a name has few namesakes, and a generic sort would cost more to compile than to run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortScores(Span<Scored> scores)
    {
        for (int i = 1; i < scores.Length; i++)
        {
            var item = scores[i];
            int j = i - 1;
            while (j >= 0 && Before(item, scores[j]))
            {
                scores[j + 1] = scores[j];
                j--;
            }
            scores[j + 1] = item;
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
