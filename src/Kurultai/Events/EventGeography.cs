using System.Globalization;
using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// What the coder needs to know about places beyond the text: a country's capital (coordinates of country-level
/// events) and a region's capital (location of region-level events), e.g. KG → Bishkek, (KG, Issyk-Kul) → Karakol.
/// </summary>
/// <remarks>Without a gazetteer (<see cref="None"/>), a country-level event takes the coordinates of a capital the
/// document mentions, else those of the country entry; a region-level event keeps the region's own entry.</remarks>
public sealed record EventGeography(Func<string, GazetteerEntry?> CountryCapital, Func<string, string, GazetteerEntry?> RegionCapital)
{
    public static readonly EventGeography None = new(_ => null, (_, _) => null);

    /// <summary>A country's name as the gazetteer spells it ("KG" → "Kyrgyzstan"), so that generic actors match the
    /// actor resolver's; null falls back to <see cref="CountryName"/>.</summary>
    public Func<string, string?>? CountryNames { get; init; }

    /// <summary>The name of a country for locations and generic actors: the gazetteer's, else .NET's English name.</summary>
    public string NameOf(string code) => (code.Length > 0 ? CountryNames?.Invoke(code) : null) ?? CountryName(code);

    /// <summary>The English name of an ISO 3166-1 alpha-2 code ("KG" → "Kyrgyzstan"); the code itself when unknown.</summary>
    public static string CountryName(string code)
    {
        if (code.Length != 2)
            return code;
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
