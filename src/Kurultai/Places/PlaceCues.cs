using System.Collections.Frozen;

namespace Kurultai.Places;

/// <summary>
/// The words that steer place resolution, loaded from <c>data/gazetteer/cues.tsv</c>: division cues ("Osh region"),
/// settlement cues ("the city of Osh"), person titles ("President Talas" is a person), stop words, directions,
/// facility nouns ("Manas airport") and Slavic adjectival endings ("Issykulskii" → "Issykul").
/// </summary>
public sealed class PlaceCues
{
    public const string DefaultFileName = "cues.tsv";

    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FrozenSet<string>> _frozen;
    private readonly Dictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _lookups;

    private PlaceCues(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var kind = line[..tab].Trim();
            if (!_sets.TryGetValue(kind, out var set))
                _sets[kind] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.Add(line[(tab + 1)..].Trim());
        }
        _frozen = _sets.ToDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        _lookups = _frozen.ToDictionary(p => p.Key, p => p.Value.GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);
        AdjectiveSuffixes = [.. Words("adjective-suffix").OrderByDescending(s => s.Length)];
    }

    public static PlaceCues Load(string path) => new(File.ReadLines(path));

    /// <summary>Loads <c>data/gazetteer/cues.tsv</c>, found as <see cref="DataLocator"/> says; throws if absent.</summary>
    public static PlaceCues LoadDefault() => Load(DataLocator.FindOrThrow("gazetteer", DefaultFileName));

    /// <summary>Cues from lines of "kind TAB word" (for tests).</summary>
    public static PlaceCues FromLines(IEnumerable<string> lines) => new(lines);

    public IReadOnlyList<string> AdjectiveSuffixes { get; }

    public bool IsDivisionAfter(ReadOnlySpan<char> word) => Has("division-after", word);
    public bool IsDivisionBefore(ReadOnlySpan<char> phrase) => Has("division-before", phrase);
    public bool IsSettlementAfter(ReadOnlySpan<char> word) => Has("settlement-after", word);
    public bool IsSettlementBefore(ReadOnlySpan<char> phrase) => Has("settlement-before", phrase);
    public bool IsPersonTitle(ReadOnlySpan<char> word) => Has("person-title", word);
    public bool IsStop(ReadOnlySpan<char> word) => Has("stop", word);
    public bool IsDirection(ReadOnlySpan<char> word) => Has("direction", word);
    public bool IsFacility(ReadOnlySpan<char> word) => Has("facility", word);
    public bool IsConnector(ReadOnlySpan<char> word) => Has("connector", word);
    public bool IsLocative(ReadOnlySpan<char> word) => Has("locative", word);

    /// <summary>True for a word that is a cue of any kind (so it is never a place on its own).</summary>
    public bool IsCueWord(ReadOnlySpan<char> word) =>
        IsStop(word) || IsDirection(word) || IsPersonTitle(word) || IsDivisionAfter(word) || IsSettlementAfter(word) || IsFacility(word);

    public IEnumerable<string> Words(string kind) => _frozen.TryGetValue(kind, out var set) ? set : [];

    private bool Has(string kind, ReadOnlySpan<char> word) =>
        _lookups.TryGetValue(kind, out var lookup) && lookup.Contains(word);
}
