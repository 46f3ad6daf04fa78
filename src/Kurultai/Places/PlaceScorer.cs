using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Scores a gazetteer candidate for a mention, log-linearly: how it matched, what it is (country, division, city
/// and population), the document's country context, the cues around the mention ("Osh region" favours the
/// division, "the city of Osh" the city), a country named after it ("Lima, Peru"), and other places resolved in
/// the same division.
/// </summary>
internal static class PlaceScorer
{
    /// <summary>The score without company (see <see cref="CompanyBonus"/>).</summary>
    /// <param name="divisions">Whether any of the candidate's matches is a division (else no entry can be one's seat).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Score(GazetteerMatch match, PlaceCandidate candidate, CountryContext context, bool divisions)
    {
        var entry = match.Entry;
        double score = match.Kind switch
        {
            MatchKind.Exact => 3.0,
            MatchKind.Alias => 2.2,
            MatchKind.Transliteration => match.MatchedName == entry.Name ? 1.8 : 1.5,
            _ => 1.0 - 0.3 * (match.Distance - 1),
        };
        score += Prior(entry);
        if (!context.IsEmpty)
        {
            double share = context.Share(entry.Country);
            score += share > 0 ? 3.5 * share : -1.5;
        }
        bool settlement = entry.Feature is FeatureType.Capital or FeatureType.City or FeatureType.Town or FeatureType.Other;
        if (candidate.DivisionCue)
            score += entry.Feature == FeatureType.Admin1 ? 3.0 : -1.5;
        else if (candidate.SettlementCue)
            score += entry.Feature == FeatureType.Admin1 ? -3.0 : settlement ? 1.0 : -1.0;
        else if (settlement && divisions && IsSeatOfSameNamedDivision(entry, candidate))
            score += 1.0;
        if (candidate.QualifierCountry == entry.Country)
            score += 3.0;
        return score;
    }

    /// <summary>A bonus for an entry in a division that holds other names' places (<paramref name="company"/>: per division, those names).</summary>
    public static double CompanyBonus(GazetteerEntry entry, string normal, Dictionary<string, HashSet<string>> company) =>
        entry.Admin1Code.Length > 0 && company.TryGetValue(entry.Admin1Code, out var names) && (names.Count > 1 || !names.Contains(normal)) ? 0.7 : 0;

    /// <summary>A prior for what the entry is: countries first, then divisions, capitals, and by population.</summary>
    public static double Prior(GazetteerEntry entry) => entry.Feature switch
    {
        FeatureType.Country => 3.0,
        FeatureType.Admin1 => 1.6,
        FeatureType.Capital => 1.2 + Population(entry.Population),
        FeatureType.Other => -1.0 + Population(entry.Population),
        _ => Population(entry.Population),
    };

    private static double Population(long population) => population <= 0 ? 0.6 : 0.35 * Math.Log10(population);

    /// <summary>"Osh" the city and "Osh" the region: the city is the region's seat (the region carries its coordinates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSeatOfSameNamedDivision(GazetteerEntry entry, PlaceCandidate candidate)
    {
        foreach (var m in candidate.Matches)
        {
            if (m.Entry.Feature == FeatureType.Admin1 && m.Entry.Admin1Code == entry.Admin1Code && m.Entry.Lat == entry.Lat && m.Entry.Lon == entry.Lon)
                return true;
        }
        return false;
    }

    /// <summary>How much a match kind lowers confidence.</summary>
    public static double KindFactor(MatchKind kind) => kind switch
    {
        MatchKind.Exact => 1.0,
        MatchKind.Alias => 0.95,
        MatchKind.Transliteration => 0.85,
        _ => 0.6,
    };

    public static double SourceFactor(CandidateSource source) => source switch
    {
        CandidateSource.NamedPlace => 1.0,
        CandidateSource.NamedUnknown => 0.95,
        _ => 0.9,
    };
}
