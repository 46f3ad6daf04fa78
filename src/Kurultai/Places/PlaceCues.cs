using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Kurultai.Places;

/// <summary>What a cue word or phrase says about the name beside it (a word may be several kinds).</summary>
[Flags]
public enum CueKind
{
    None = 0,
    DivisionAfter = 1 << 0,
    DivisionBefore = 1 << 1,
    SettlementAfter = 1 << 2,
    SettlementBefore = 1 << 3,
    PersonTitle = 1 << 4,
    Stop = 1 << 5,
    Direction = 1 << 6,
    Facility = 1 << 7,
    Connector = 1 << 8,
    Locative = 1 << 9,

    /// <summary>The last word of a facility, street or outlet name: "Moi Avenue", "Uhuru Park", "Rift Valley Courier".</summary>
    NameHeadAfter = 1 << 10,

    /// <summary>The first word of such a name: "Plaza San Martín", "Mount Elgon".</summary>
    NameHeadBefore = 1 << 11,

    /// <summary>A street noun that, even in lower case, makes the name before it a street's: "Ala-Too square".</summary>
    StreetAfter = 1 << 12,

    /// <summary>A geographic region that is no gazetteer place: "Asia", "Central Asia", "Middle East".</summary>
    MacroRegion = 1 << 13,

    /// <summary>Any kind that keeps a word from being a place on its own.</summary>
    AnyCue = DivisionAfter | SettlementAfter | PersonTitle | Stop | Direction | Facility,
}

/// <summary>
/// The words that steer place resolution, loaded from <c>data/gazetteer/cues.tsv</c>: division cues ("Osh region"),
/// settlement cues ("the city of Osh"), person titles ("President Talas" is a person), stop words, directions,
/// facility nouns ("Manas airport"), heads of facility names ("Moi Avenue" is a street, not Moi), macro-regions
/// ("Central Asia") and Slavic adjectival endings ("Issykulskii" → "Issykul").
/// </summary>
/// <remarks>
/// One case-insensitive lookup gives every kind of a word (<see cref="Kinds"/>): the resolver asks it per word, so
/// the table is a <see cref="SpanTable{TValue}"/> over lower-case forms.
/// </remarks>
public sealed class PlaceCues
{
    public const string DefaultFileName = "cues.tsv";

    private static readonly Dictionary<string, CueKind> KindNames = new(StringComparer.Ordinal)
    {
        ["division-after"] = CueKind.DivisionAfter,
        ["division-before"] = CueKind.DivisionBefore,
        ["settlement-after"] = CueKind.SettlementAfter,
        ["settlement-before"] = CueKind.SettlementBefore,
        ["person-title"] = CueKind.PersonTitle,
        ["stop"] = CueKind.Stop,
        ["direction"] = CueKind.Direction,
        ["facility"] = CueKind.Facility,
        ["connector"] = CueKind.Connector,
        ["locative"] = CueKind.Locative,
        ["name-head-after"] = CueKind.NameHeadAfter,
        ["name-head-before"] = CueKind.NameHeadBefore,
        ["street-after"] = CueKind.StreetAfter,
        ["macro-region"] = CueKind.MacroRegion,
    };

    /// <summary>Cue words and phrases are at most this long; longer text is no cue.</summary>
    private const int MaxCueLength = 48;

    private readonly Dictionary<string, FrozenSet<string>> _words;
    private readonly SpanTable<CueKind> _kinds;

    private PlaceCues(IEnumerable<string> lines)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var kind = line[..tab].Trim();
            var word = line[(tab + 1)..].Trim();
            if (!sets.TryGetValue(kind, out var set))
                sets[kind] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.Add(word);
            if (KindNames.TryGetValue(kind, out var flag) && word.Length <= MaxCueLength)
                kinds[word.ToLowerInvariant()] = kinds.GetValueOrDefault(word.ToLowerInvariant()) | flag;
        }
        _words = sets.ToDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        _kinds = new SpanTable<CueKind>(kinds);
        AdjectiveSuffixes = [.. Words("adjective-suffix").OrderByDescending(s => s.Length)];
    }

    public static PlaceCues Load(string path) => new(File.ReadLines(path));

    /// <summary>Loads <c>data/gazetteer/cues.tsv</c>, found as <see cref="DataLocator"/> says; throws if absent.</summary>
    public static PlaceCues LoadDefault() => Load(DataLocator.FindOrThrow("gazetteer", DefaultFileName));

    /// <summary>Cues from lines of "kind TAB word" (for tests).</summary>
    public static PlaceCues FromLines(IEnumerable<string> lines) => new(lines);

    public IReadOnlyList<string> AdjectiveSuffixes { get; }

    /// <summary>Every kind of a word or phrase, case-insensitively ("Avenue" → Facility | NameHeadAfter | StreetAfter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CueKind Kinds(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxCueLength)
            return CueKind.None;
        Span<char> lower = stackalloc char[MaxCueLength];
        int n = word.ToLowerInvariant(lower);
        return n > 0 && _kinds.TryGetValue(lower[..n], out var kinds) ? kinds : CueKind.None;
    }

    public bool IsDivisionAfter(ReadOnlySpan<char> word) => Has(CueKind.DivisionAfter, word);
    public bool IsDivisionBefore(ReadOnlySpan<char> phrase) => Has(CueKind.DivisionBefore, phrase);
    public bool IsSettlementAfter(ReadOnlySpan<char> word) => Has(CueKind.SettlementAfter, word);
    public bool IsSettlementBefore(ReadOnlySpan<char> phrase) => Has(CueKind.SettlementBefore, phrase);
    public bool IsPersonTitle(ReadOnlySpan<char> word) => Has(CueKind.PersonTitle, word);
    public bool IsStop(ReadOnlySpan<char> word) => Has(CueKind.Stop, word);
    public bool IsDirection(ReadOnlySpan<char> word) => Has(CueKind.Direction, word);
    public bool IsFacility(ReadOnlySpan<char> word) => Has(CueKind.Facility, word);
    public bool IsConnector(ReadOnlySpan<char> word) => Has(CueKind.Connector, word);
    public bool IsLocative(ReadOnlySpan<char> word) => Has(CueKind.Locative, word);

    /// <summary>True for a word that is a cue of any kind (so it is never a place on its own).</summary>
    public bool IsCueWord(ReadOnlySpan<char> word) => (Kinds(word) & CueKind.AnyCue) != 0;

    public IEnumerable<string> Words(string kind) => _words.TryGetValue(kind, out var set) ? set : [];

    private bool Has(CueKind kind, ReadOnlySpan<char> word) => (Kinds(word) & kind) != 0;
}
