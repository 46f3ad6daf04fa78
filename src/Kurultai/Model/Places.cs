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
    long Population);

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
