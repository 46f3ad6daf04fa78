using System.Globalization;

namespace Kurultai.Tools.Gazetteer;

/// <summary>
/// Writes the first-level divisions: the English name is GeoNames' without a generic suffix ("Osh Region" → "Osh")
/// unless another division of the country already has that name ("Moscow Oblast" stays); the coordinates are the
/// division's seat (the country's capital if inside it, else a PPLA, preferring one named like it, else a populated
/// place named like it, else its largest place, else Natural Earth's label point).
/// </summary>
internal static class DivisionNamer
{
    private static readonly string[] Suffixes =
    [
        " Region", " Province", " Oblast", " Oblasty", " Oblysy", " Governorate", " Prefecture", " Voivodeship",
        " Department", " State", " Krai", " Kray", " Viloyati", " Velayaty", " Muhafazah", " Wilaya",
    ];

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Capital",
        "Federal", "Autonomous", "Upper", "Lower", "Coast", "Coastal", "Greater", "Middle", "New",
    };

    public static List<string> Rows(Dictionary<string, Division> divisions, List<Place> places)
    {
        var byDivision = places.Where(p => p.Admin1.Length > 0).ToLookup(p => p.Country + "." + p.Admin1);
        var rows = new List<string>();
        var taken = divisions.Values.Select(d => (Country(d.Code), d.Name.ToUpperInvariant())).ToHashSet();
        long synthetic = -2_000_000;
        foreach (var d in divisions.Values.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            var country = Country(d.Code);
            var name = ShortName(d.Name, country, taken);
            var inside = byDivision[d.Code].ToList();
            var seats = inside.Where(p => p.Feature == "PPLA").ToList();
            // A namesake elsewhere in the country may be the seat (Sofia for Sofia Province, Minsk for Minsk Region),
            // but not an unpopulated one when the division has people: "Xinjiang", a village in Guangdong, is not
            // Xinjiang's seat, which GeoNames files as a PPLA2 (Ürümqi, its largest place).
            var largest = inside.MaxBy(p => p.Population);
            var seat = inside.Where(p => p.Feature == "PPLC").MaxBy(p => p.Population)
                ?? seats.Where(p => Same(p.Name, name)).MaxBy(p => p.Population)
                ?? seats.MaxBy(p => p.Population)
                ?? places.Where(p => p.Country == country && Same(p.Name, name) && (p.Population > 0 || (largest?.Population ?? 0) == 0))
                    .MaxBy(p => p.Population)
                ?? largest;
            double? lat = seat?.Lat ?? d.LabelLat, lon = seat?.Lon ?? d.LabelLon;
            if (lat is null || lon is null)
                continue;
            var aliases = new List<string> { d.Name };
            foreach (var alias in d.Aliases)
            {
                aliases.Add(alias);
                aliases.Add(StripSuffix(alias.Replace("'", "", StringComparison.Ordinal)));
            }
            rows.Add(string.Join('\t', "A", d.Code, Str(d.Id != 0 ? d.Id : synthetic--), name, country, Coord(lat.Value), Coord(lon.Value),
                Str(inside.Sum(p => p.Population)), seat?.Name ?? "", string.Join('|', Aliases.Filter(name, aliases))));
        }
        return rows;
    }

    private static string ShortName(string name, string country, HashSet<(string, string)> taken)
    {
        var stripped = StripSuffix(name);
        return stripped == name || taken.Contains((country, stripped.ToUpperInvariant())) ? name : stripped;
    }

    private static string StripSuffix(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name[..^suffix.Length].Trim();
                if (rest.Length >= 3 && !Generic.Contains(rest.Split(' ')[^1]))
                    return rest;
            }
        }
        return name;
    }

    private static bool Same(string a, string b) => Sources.Normal(a) == Sources.Normal(b);

    private static string Country(string code) => code.Split('.')[0];

    private static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Coord(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
