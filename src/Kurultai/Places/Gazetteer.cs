using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// The world gazetteer: countries, first-level divisions and populated places (GeoNames, CC-BY), indexed by
/// normal form and transliteration key so that "Jalalabad", "Dzhalal-Abad" and "Jalal-Abad" find the same city.
/// </summary>
/// <remarks>
/// Load once (about a third of a second) and share: lookups are read-only and thread-safe. Country entries carry
/// their capital's coordinates and divisions their seat's, as FORMAT.md wants for country- and region-wide events.
/// </remarks>
public sealed partial class Gazetteer
{
    public const string DefaultFileName = "gazetteer.tsv.gz";
    public const string CountriesFileName = "countries.tsv";

    private readonly GazetteerEntry[] _entries;
    private readonly string[] _aliases;
    private readonly NameIndex _byNormal;
    private readonly NameIndex _byKey;
    private readonly FrozenDictionary<string, int> _countries;
    private readonly FrozenDictionary<string, int> _admin1;
    private readonly SpanTable<string> _demonyms;
    private readonly Lazy<Dictionary<GazetteerEntry, int>> _indexOf;
    private readonly Lazy<FuzzyTable> _fuzzy;

    private Gazetteer(GazetteerReader data)
    {
        _entries = [.. data.Entries];
        _byNormal = new NameIndex(data.NameTotal);
        _byKey = new NameIndex(data.NameTotal);
        _aliases = [.. data.Aliases];
        _demonyms = new SpanTable<string>(data.Demonyms);
        _indexOf = new Lazy<Dictionary<GazetteerEntry, int>>(IndexEntries);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Feature == FeatureType.Country)
                countries.TryAdd(_entries[i].Country, i);
            else if (_entries[i].Feature == FeatureType.Admin1)
                admin1.TryAdd(_entries[i].Admin1Code, i);
        }
        // The two indexes are independent: build the key index on another core while this one builds the normal one.
        var keys = Task.Run(() => IndexNames(_byKey, keyed: true));
        IndexNames(_byNormal, keyed: false);
        keys.GetAwaiter().GetResult();
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _admin1 = admin1.ToFrozenDictionary(StringComparer.Ordinal);
        _fuzzy = new Lazy<FuzzyTable>(() => new FuzzyTable(_byKey, _entries));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void IndexNames(NameIndex index, bool keyed)
    {
        for (int i = 0; i < _entries.Length; i++)
        {
            Index(_entries[i].Name, i, 0);
            var aliases = _aliases[i].AsSpan();
            int ordinal = 1;
            foreach (var range in aliases.Split('|'))
                Index(aliases[range], i, ordinal++);
        }

        void Index(ReadOnlySpan<char> name, int entry, int ordinal)
        {
            Span<char> normal = stackalloc char[NameKey.MaxLength];
            int n = NameKey.Normal(name, normal);
            if (!keyed)
            {
                index.Add(normal[..n], entry, ordinal);
            }
            else if (n >= NameKey.MinKeyedLength)
            {
                Span<char> key = stackalloc char[NameKey.MaxLength];
                index.Add(key[..NameKey.KeyOfNormal(normal[..n], key)], entry, ordinal);
            }
        }
    }

    /// <summary>The entry's name (ordinal 0) or its alias number <paramref name="ordinal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string NameAt(int entry, int ordinal)
    {
        if (ordinal == 0)
            return _entries[entry].Name;
        var aliases = _aliases[entry].AsSpan();
        int k = 1;
        foreach (var range in aliases.Split('|'))
        {
            if (k++ == ordinal)
                return aliases[range].ToString();
        }
        return _entries[entry].Name;
    }

    private Dictionary<GazetteerEntry, int> IndexEntries()
    {
        var index = new Dictionary<GazetteerEntry, int>(_entries.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _entries.Length; i++)
            index[_entries[i]] = i;
        return index;
    }

    /// <summary>Loads a gazetteer file (<c>.tsv.gz</c> or <c>.tsv</c>) and the <c>countries.tsv</c> beside it, if any.</summary>
    public static Gazetteer Load(string path)
    {
        var data = new GazetteerReader();
        using (var reader = GazetteerReader.Open(path))
            data.ReadRows(reader);
        var variants = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", CountriesFileName);
        if (File.Exists(variants))
        {
            foreach (var line in File.ReadLines(variants))
                data.ReadCountryVariants(line);
        }
        return new Gazetteer(data);
    }

    /// <summary>Loads <c>data/gazetteer/gazetteer.tsv.gz</c>, found as <see cref="DataLocator"/> says; throws if absent.</summary>
    public static Gazetteer LoadDefault() => Load(DataLocator.FindOrThrow("gazetteer", DefaultFileName));

    /// <summary>Builds a gazetteer from rows in the file's layout (for tests and small custom gazetteers).</summary>
    public static Gazetteer FromRows(IEnumerable<string> rows, IEnumerable<string>? countryVariants = null)
    {
        var data = new GazetteerReader();
        foreach (var row in rows)
            data.ReadRow(row);
        foreach (var row in countryVariants ?? [])
            data.ReadCountryVariants(row);
        return new Gazetteer(data);
    }

    /// <summary>The number of entries (countries, divisions and places).</summary>
    public int Count => _entries.Length;

    /// <summary>The number of distinct names (normal forms) indexed.</summary>
    public int NameCount => _byNormal.Count;

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>The country with this ISO 3166-1 alpha-2 code, e.g. "KG" → Kyrgyzstan.</summary>
    public GazetteerEntry? Country(string iso2) => _countries.TryGetValue(iso2, out int i) ? _entries[i] : null;

    /// <summary>The first-level division with this GeoNames code, e.g. "KG.07" → Issyk-Kul.</summary>
    public GazetteerEntry? Admin1(string code) => _admin1.TryGetValue(code, out int i) ? _entries[i] : null;

    /// <summary>The country a demonym or national adjective names: "Kyrgyz" → "KG", "Russians" → "RU".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? CountryOfDemonym(ReadOnlySpan<char> word)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        int n = NameKey.Normal(word, normal);
        return n > 0 && _demonyms.TryGetValue(normal[..n], out var iso2) ? iso2 : null;
    }

    /// <summary>The entry's name followed by its alternate names (ASCII-folded).</summary>
    public IReadOnlyList<string> NamesOf(GazetteerEntry entry) =>
        _indexOf.Value.TryGetValue(entry, out int i) && _aliases[i].Length > 0 ? [entry.Name, .. _aliases[i].Split('|')] : [entry.Name];

    /// <summary>Every entry a name may denote (exact, alias or transliteration; fuzzy only when none), best first.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name) => [.. Find(name).Select(m => m.Entry)];

    /// <summary>
    /// Every candidate for a name with how it matched, ranked context-free: match kind, then countries, divisions,
    /// capitals, then population. Falls back to edit distance (within <paramref name="countries"/> if given).
    /// </summary>
    public IReadOnlyList<GazetteerMatch> Find(string name, IReadOnlyCollection<string>? countries = null)
    {
        var matches = new List<GazetteerMatch>();
        Match(name, matches);
        if (matches.Count == 0)
            MatchFuzzy(name, countries, matches);
        matches.Sort(CompareContextFree);
        return matches;
    }
}
