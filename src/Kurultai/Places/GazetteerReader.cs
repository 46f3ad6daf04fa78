using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
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
    /// <summary>Each entry's alternate names, '|'-separated, as one string (split only when a name is asked for).</summary>
    public List<string> Aliases { get; } = [];
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (string Name, int Index)> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pool = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, System.Text.Encoding.UTF8, false, 1 << 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadRows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
            ReadRow(line);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadRow(string line)
    {
        if (line.Length == 0 || line[0] == '#')
            return;
        var row = line.AsSpan();
        Span<Range> f = stackalloc Range[11];
        int n = row.Split(f, '\t');
        switch (row[f[0]])
        {
            case "C" when n >= 9:
                var iso2 = Intern(row[f[1]]);
                _countries[iso2] = Add(new GazetteerEntry(Long(row[f[2]]), row[f[3]].ToString(), "", iso2, Double(row[f[4]]), Double(row[f[5]]), FeatureType.Country, Long(row[f[6]]))
                {
                    FeatureCode = "PCLI",
                    Capital = row[f[7]].IsEmpty ? null : row[f[7]].ToString(),
                }, row[f[8]]);
                break;
            case "A" when n >= 10:
                var code = Intern(row[f[1]]);
                var name = row[f[3]].ToString();
                _admin1[code] = (name, Add(new GazetteerEntry(Long(row[f[2]]), name, name, Intern(row[f[4]]), Double(row[f[5]]), Double(row[f[6]]), FeatureType.Admin1, Long(row[f[7]]))
                {
                    Admin1Code = code,
                    FeatureCode = "ADM1",
                    Capital = row[f[8]].IsEmpty ? null : row[f[8]].ToString(),
                }, row[f[9]]));
                break;
            case "P" when n >= 10:
                var country = Intern(row[f[3]]);
                string admin1Code = "", admin1 = "";
                if (!row[f[4]].IsEmpty)
                {
                    Span<char> buffer = stackalloc char[country.Length + 1 + row[f[4]].Length];
                    country.CopyTo(buffer);
                    buffer[country.Length] = '.';
                    row[f[4]].CopyTo(buffer[(country.Length + 1)..]);
                    admin1Code = Intern(buffer);
                    admin1 = _admin1.TryGetValue(admin1Code, out var a) ? a.Name : "";
                }
                long population = Long(row[f[8]]);
                var featureCode = Intern(row[f[7]]);
                Add(new GazetteerEntry(Long(row[f[1]]), row[f[2]].ToString(), admin1, country, Double(row[f[5]]), Double(row[f[6]]), Feature(featureCode, population), population)
                {
                    Admin1Code = admin1Code,
                    FeatureCode = featureCode,
                }, row[f[9]]);
                break;
        }
    }

    /// <summary>One string per distinct short value (country codes, division codes, feature codes).</summary>
    private string Intern(ReadOnlySpan<char> value)
    {
        if (_pool.TryGetValue(value, out var pooled))
            return pooled;
        var s = value.ToString();
        _pool.Add(s);
        return s;
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
        var names = new List<string> { entry.Name };
        names.AddRange(Aliases[index].Split('|', StringSplitOptions.RemoveEmptyEntries));
        if (f.Length > 2)
            names.AddRange(Split(f[2]));
        var name = f[1].Trim();
        Entries[index] = entry with { Name = name };
        Aliases[index] = string.Join('|', names.Where(n => n.Length > 0 && !n.Equals(name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase));
        if (f.Length > 3)
        {
            foreach (var demonym in Split(f[3]))
                Demonyms.TryAdd(NameKey.Normal(demonym), entry.Country);
        }
    }

    /// <summary>The total number of names (entry names and aliases) read so far.</summary>
    public int NameTotal { get; private set; }

    private int Add(GazetteerEntry entry, ReadOnlySpan<char> aliases)
    {
        Entries.Add(entry);
        Aliases.Add(aliases.IsEmpty ? "" : aliases.ToString());
        NameTotal += 1 + (aliases.IsEmpty ? 0 : aliases.Count('|') + 1);
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

    private static long Long(ReadOnlySpan<char> s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : 0;

    private static double Double(ReadOnlySpan<char> s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : 0;
}
