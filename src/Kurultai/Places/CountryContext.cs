using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// The countries a document is about, as shares of the evidence: country names ("Kyrgyzstan", counted double),
/// demonyms ("Kyrgyz"), and place names found in one country only ("Osh"). A report on Kyrgyzstan that mentions
/// Afghanistan once gives KG 0.9, AF 0.1, so "Jalalabad" resolves to Jalal-Abad (KG) and not Jalalabad (AF).
/// </summary>
public sealed class CountryContext
{
    public static readonly CountryContext Empty = new(new Dictionary<string, double>());

    private readonly Dictionary<string, double> _shares;

    private CountryContext(Dictionary<string, double> shares)
    {
        _shares = shares;
        foreach (var (country, share) in shares)
        {
            if (Dominant is null || share > shares[Dominant] || (share == shares[Dominant] && string.CompareOrdinal(country, Dominant) < 0))
                Dominant = country;
        }
    }

    /// <summary>Each country's share of the evidence, summing to 1 (empty when there is none).</summary>
    public IReadOnlyDictionary<string, double> Shares => _shares;

    /// <summary>The country with the largest share, e.g. "KG"; null when there is no evidence.</summary>
    public string? Dominant { get; }

    public bool IsEmpty => _shares.Count == 0;

    public double Share(string iso2) => _shares.GetValueOrDefault(iso2);

    /// <summary>The <paramref name="n"/> countries with the largest shares, largest first.</summary>
    public IReadOnlyList<string> Top(int n) =>
        [.. _shares.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(n).Select(p => p.Key)];

    /// <summary>Normalises votes (any non-negative weights per ISO2 code) into shares.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CountryContext FromVotes(IReadOnlyDictionary<string, double> votes)
    {
        double total = 0;
        foreach (var (_, v) in votes)
            total += Math.Max(0, v);
        if (total <= 0)
            return Empty;
        var shares = new Dictionary<string, double>(votes.Count, StringComparer.Ordinal);
        foreach (var (country, v) in votes)
        {
            if (v > 0)
                shares[country] = v / total;
        }
        return new CountryContext(shares);
    }

    /// <summary>The context of an already resolved document: its places weighted by confidence (countries double).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CountryContext Of(IEnumerable<PlaceMention> places)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (place.Place is { } entry && entry.Country.Length > 0)
                votes[entry.Country] = votes.GetValueOrDefault(entry.Country) + place.Confidence * (entry.Feature == FeatureType.Country ? 2 : 1);
        }
        return FromVotes(votes);
    }
}
