using System.Collections.Immutable;

namespace Kurultai.Model;

/// <summary>The kind of gazetteer entry.</summary>
public enum FeatureType
{
    Country,
    Admin1,
    Capital,
    City,
    Town,
    Other,
}

/// <summary>One gazetteer entry, e.g. Bishkek (GeoNames 1528675), admin1 "Bishkek", KG.</summary>
public sealed record GazetteerEntry(
    long Id,
    string Name,
    string Admin1,
    string Country,
    double Lat,
    double Lon,
    FeatureType Feature,
    long Population)
{
    /// <summary>The GeoNames first-level division code, e.g. "KG.07" (empty for a country).</summary>
    public string Admin1Code { get; init; } = "";

    /// <summary>The GeoNames feature code, e.g. "PPLA" (a division's seat), "PPLC" (a capital), "ADM1", "PCLI".</summary>
    public string FeatureCode { get; init; } = "";

    /// <summary>
    /// For a country or first-level division, the name of its capital (whose coordinates the entry carries,
    /// as FORMAT.md wants for region-wide and country-wide events), e.g. "Karakol" for Issyk-Kul; else null.
    /// </summary>
    public string? Capital { get; init; }
}

/// <summary>A place mention resolved to a gazetteer entry, with the alternatives that were considered.</summary>
public sealed record PlaceMention(
    int Start,
    int Length,
    GazetteerEntry? Place,
    double Confidence,
    ImmutableArray<GazetteerEntry> Alternatives,
    string Reason)
{
    public Span Span => new(Start, Length);
}
