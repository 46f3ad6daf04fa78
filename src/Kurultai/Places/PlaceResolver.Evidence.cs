using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

public sealed partial class PlaceResolver
{
    /// <summary>A country with at least this share of the others' evidence is part of a name's context.</summary>
    private const double ContextShare = 0.05;

    /// <summary>Looser matches (alias, transliteration, edit distance) need a country this strongly in context.</summary>
    private const double StrongShare = 0.2;

    /// <summary>A context whose leading country has this share is strong: a namesake elsewhere needs more evidence.</summary>
    private const double DominantShare = 0.6;

    /// <summary>A place this populous is named for itself, whatever the context ("Prague" in a report on Kyrgyzstan).</summary>
    private const long Landmark = 100_000;

    /// <summary>
    /// Country evidence: a country name or alias counts 2, a demonym 1, a place name whose exact matches all lie in
    /// one country (or whose largest namesake outnumbers the others tenfold, "Lima") 1 for a town of 10,000 or a
    /// division, a half for a smaller one (none when it starts a sentence). A place's alias does not vote: "Molotov"
    /// (an old name of Perm) would vote for the reading that made it. Each name's votes are also kept apart.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CountryEvidence Vote(List<PlaceCandidate> candidates, Dictionary<string, double> votes)
    {
        var own = new Dictionary<string, CountryEvidence.OwnVote>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.AfterTitle || c.PersonLike || c.CommonWord || c.Facility)
                continue;
            string? country = null;
            bool ambiguous = false;
            double weight = 0;
            GazetteerEntry? largest = null;
            long runnerUp = 0;
            foreach (var m in c.Matches)
            {
                if (m.Kind is not (MatchKind.Exact or MatchKind.Alias))
                    continue;
                if (m.Entry.Feature == FeatureType.Country)
                {
                    (country, weight, ambiguous) = (m.Entry.Country, 2, false);
                    break;
                }
                if (m.Kind != MatchKind.Exact)
                    continue;
                ambiguous |= country is not null && country != m.Entry.Country;
                country ??= m.Entry.Country;
                bool large = m.Entry.Population >= 10_000 || m.Entry.Feature == FeatureType.Admin1;
                weight = Math.Max(weight, large ? 1 : m.Entry.Population >= 1000 && !c.SentenceInitial ? 0.5 : 0);
                if (largest is null || m.Entry.Population > largest.Population)
                {
                    if (largest is not null && largest.Country != m.Entry.Country)
                        runnerUp = Math.Max(runnerUp, largest.Population);
                    largest = m.Entry;
                }
                else if (m.Entry.Country != largest.Country)
                {
                    runnerUp = Math.Max(runnerUp, m.Entry.Population);
                }
            }
            if (ambiguous && largest is { Population: >= Landmark } && largest.Population >= 10 * runnerUp)
                (country, weight, ambiguous) = (largest.Country, 1, false);
            if (country is null || ambiguous || weight <= 0)
                continue;
            votes[country] = votes.GetValueOrDefault(country) + weight;
            if (!own.TryGetValue(c.Normal, out var vote))
                own[c.Normal] = vote = new CountryEvidence.OwnVote(country);
            vote.Weight += weight;
        }
        return new CountryEvidence(votes, own);
    }

    /// <summary>Whether the best entry is plausible enough to report for this candidate, given the others' evidence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Keep(PlaceCandidate c, GazetteerMatch best, CountryEvidence.View others)
    {
        bool named = c.Source == CandidateSource.NamedPlace;
        if (!named && (c.AfterTitle || c.PersonLike || c.CommonWord))
            return false;
        var entry = best.Entry;
        bool cue = c.DivisionCue || c.SettlementCue || c.Locative;
        if (best.Kind == MatchKind.Fuzzy && !cue && !named)
            return false;
        if (c.QualifierCountry == entry.Country)
            return true;
        double share = others.Share(entry.Country);
        if (entry.Feature == FeatureType.Country)
            return best.Kind != MatchKind.Fuzzy || share >= StrongShare;
        // A facility's whole name ("Seaside Park") is a place only where the others' evidence already is.
        if (c.Facility)
            return best.Kind == MatchKind.Exact && share >= StrongShare;
        if (others.IsEmpty)
        {
            // No other evidence: a loose match (edit distance, the key of an alternate name) is too weak alone.
            bool loose = best.Kind == MatchKind.Fuzzy || (best.Kind == MatchKind.Transliteration && best.MatchedName != entry.Name);
            return !loose && (named || entry.Feature == FeatureType.Admin1 || entry.Population >= (cue ? 1000 : 50_000));
        }
        if (best.Kind != MatchKind.Exact)
            return share >= StrongShare && (entry.Population > 0 || cue || named || entry.Feature == FeatureType.Admin1);
        var (dominant, dominantShare) = others.Dominant();
        bool abroad = share < ContextShare || (dominantShare >= DominantShare && dominant != entry.Country && share < StrongShare);
        if (abroad)
            return entry.Population >= Landmark && entry.Feature != FeatureType.Admin1;
        return entry.Population > 0 || cue || named || entry.Feature == FeatureType.Admin1;
    }

    /// <summary>How far the others' evidence supports the entry's country: 1 from a fifth of it, a half without any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ContextFactor(PlaceCandidate c, GazetteerEntry entry, CountryEvidence.View others)
    {
        if (entry.Feature == FeatureType.Country || c.QualifierCountry == entry.Country)
            return 1;
        if (others.IsEmpty)
            return 0.9;
        return Math.Min(1, 0.5 + 2.5 * others.Share(entry.Country));
    }

    /// <summary>
    /// Unmatched names from the names layer, or after a cue, a locative or a list of places ("in Bakten"), are
    /// matched by edit distance within the countries strongly in context. Each distinct name is looked up once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MatchMisspellings(List<PlaceCandidate> candidates, CountryContext context)
    {
        if (context.IsEmpty)
            return;
        List<string>? countries = null;
        Dictionary<string, List<GazetteerMatch>>? looked = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Matches.Count > 0 || candidate.Facility || !(candidate.Source == CandidateSource.NamedPlace || candidate.DivisionCue
                || candidate.SettlementCue || candidate.Locative))
                continue;
            countries ??= [.. context.Top(3).Where(c => context.Share(c) >= StrongShare)];
            looked ??= new Dictionary<string, List<GazetteerMatch>>(StringComparer.Ordinal);
            if (!looked.TryGetValue(candidate.Normal, out var matches))
            {
                looked[candidate.Normal] = matches = [];
                gazetteer.MatchFuzzy(candidate.Normal, countries, matches);
            }
            candidate.Matches.AddRange(matches);
        }
    }
}
