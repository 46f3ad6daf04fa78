using System.Globalization;
using System.IO.Compression;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Reads the gazetteer's tab-separated rows (gzip or plain): countries (<c>C</c>), first-level divisions
/// (<c>A</c>) and populated places (<c>P</c>), plus the hand-made <c>countries.tsv</c> of name variants and
/// demonyms. The row layout is documented in <c>data/gazetteer/README.md</c>.
/// </summary>
internal sealed class GazetteerReader
{
    public List<GazetteerEntry> Entries { get; } = [];
    public List<string[]> Names { get; } = [];
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (string Name, int Index)> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);

    public static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, System.Text.Encoding.UTF8, false, 1 << 16);
    }

    public void ReadRows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
            ReadRow(line);
    }

    public void ReadRow(string line)
    {
        if (line.Length == 0 || line[0] == '#')
            return;
        var f = line.Split('\t');
        switch (f[0])
        {
            case "C" when f.Length >= 9:
                _countries[f[1]] = Add(new GazetteerEntry(Long(f[2]), f[3], "", f[1], Double(f[4]), Double(f[5]), FeatureType.Country, Long(f[6]))
                {
                    FeatureCode = "PCLI",
                    Capital = NullIfEmpty(f[7]),
                }, f[8]);
                break;
            case "A" when f.Length >= 10:
                _admin1[f[1]] = (f[3], Add(new GazetteerEntry(Long(f[2]), f[3], f[3], f[4], Double(f[5]), Double(f[6]), FeatureType.Admin1, Long(f[7]))
                {
                    Admin1Code = f[1],
                    FeatureCode = "ADM1",
                    Capital = NullIfEmpty(f[8]),
                }, f[9]));
                break;
            case "P" when f.Length >= 10:
                string code = f[4].Length > 0 ? f[3] + "." + f[4] : "";
                string admin1 = code.Length > 0 && _admin1.TryGetValue(code, out var a) ? a.Name : "";
                long population = Long(f[8]);
                Add(new GazetteerEntry(Long(f[1]), f[2], admin1, f[3], Double(f[5]), Double(f[6]), Feature(f[7], population), population)
                {
                    Admin1Code = code,
                    FeatureCode = f[7],
                }, f[9]);
                break;
        }
    }

    /// <summary>
    /// Merges a <c>countries.tsv</c> row: ISO2, English name, name variants (|), demonyms (|). The English name
    /// replaces the entry's name (the old one becomes an alias).
    /// </summary>
    public void ReadCountryVariants(string line)
    {
        if (line.Length == 0 || line[0] == '#')
            return;
        var f = line.Split('\t');
        if (f.Length < 2 || !_countries.TryGetValue(f[0].Trim(), out int index))
            return;
        var entry = Entries[index];
        var names = new List<string> { f[1].Trim(), entry.Name };
        names.AddRange(Names[index].Skip(1));
        if (f.Length > 2)
            names.AddRange(Split(f[2]));
        Entries[index] = entry with { Name = f[1].Trim() };
        Names[index] = [.. names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (f.Length > 3)
        {
            foreach (var demonym in Split(f[3]))
                Demonyms.TryAdd(NameKey.Normal(demonym), entry.Country);
        }
    }

    /// <summary>The total number of names (entry names and aliases) read so far.</summary>
    public int NameTotal { get; private set; }

    private int Add(GazetteerEntry entry, string aliases)
    {
        Entries.Add(entry);
        string[] names;
        if (aliases.Length == 0)
        {
            names = [entry.Name];
        }
        else
        {
            var split = aliases.Split('|');
            names = new string[split.Length + 1];
            names[0] = entry.Name;
            split.CopyTo(names, 1);
        }
        Names.Add(names);
        NameTotal += names.Length;
        return Entries.Count - 1;
    }

    private static FeatureType Feature(string code, long population) => code switch
    {
        "PPLC" => FeatureType.Capital,
        "PPLA" => FeatureType.City,
        "PPLX" or "PPLQ" or "PPLH" or "PPLW" or "PPLCH" => FeatureType.Other,
        _ when !code.StartsWith("PPL", StringComparison.Ordinal) => FeatureType.Other,
        _ => population >= 100_000 ? FeatureType.City : FeatureType.Town,
    };

    private static IEnumerable<string> Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : 0;

    private static double Double(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : 0;
}
