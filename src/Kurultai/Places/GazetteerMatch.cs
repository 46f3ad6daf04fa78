using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>How a name matched a gazetteer entry, from most to least trustworthy.</summary>
public enum MatchKind
{
    /// <summary>The entry's own name, ignoring case, diacritics, hyphens and spaces: "jalal abad" → Jalal-Abad.</summary>
    Exact,

    /// <summary>One of the entry's alternate names: "Ozgon" → Uzgen, "Kirghizia" → Kyrgyzstan.</summary>
    Alias,

    /// <summary>The transliteration key of a name or alias: "Isykkul" → Issyk-Kul.</summary>
    Transliteration,

    /// <summary>A key within a small edit distance: "Bakten" → Batken.</summary>
    Fuzzy,
}

/// <summary>A candidate entry for a name, e.g. "Jalalabad" → Jalal-Abad (KG), Exact, matched on "Jalal-Abad".</summary>
/// <param name="MatchedName">The entry name or alias that matched.</param>
/// <param name="Distance">The edit distance between the keys (0 unless <see cref="MatchKind.Fuzzy"/>).</param>
public readonly record struct GazetteerMatch(GazetteerEntry Entry, MatchKind Kind, string MatchedName, int Distance = 0);
