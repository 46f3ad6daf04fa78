using System.Runtime.CompilerServices;
namespace Kurultai.Places;

/// <summary>
/// One document's words for place finding, each looked at once: the word parts of the text, each part's cue kinds
/// (asked of <see cref="PlaceCues"/> the first time they are needed) and the gazetteer matches of every normal
/// form looked up ("Bishkek" named ten times is matched once).
/// </summary>
internal sealed class WordTable
{
    private const CueKind Known = (CueKind)(1 << 30);
    private static readonly GazetteerMatch[] NoMatches = [];

    private readonly Gazetteer _gazetteer;
    private readonly PlaceCues _cues;
    private readonly CueKind[] _kinds;
    private readonly Dictionary<string, GazetteerMatch[]> _matches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerMatch[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<GazetteerMatch> _scratch = [];

    public WordTable(string text, Gazetteer gazetteer, PlaceCues cues)
    {
        Text = text;
        _gazetteer = gazetteer;
        _cues = cues;
        Parts = NameRuns.DocumentParts(text);
        _kinds = new CueKind[Parts.Count];
        _lookup = _matches.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text { get; }

    /// <summary>Every word part of the text, in order (shared with other stages: never changed).</summary>
    public List<WordPart> Parts { get; }

    public Gazetteer Gazetteer => _gazetteer;

    public PlaceCues Cues => _cues;

    /// <summary>The cue kinds of part <paramref name="k"/> of <see cref="Parts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CueKind KindsOf(int k)
    {
        var kinds = _kinds[k];
        if ((kinds & Known) == 0)
            _kinds[k] = kinds = Known | _cues.Kinds(Text.AsSpan(Parts[k].Start, Parts[k].Length));
        return kinds & ~Known;
    }

    /// <summary>The cue kinds of a part of any list of parts over this text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CueKind KindsOf(List<WordPart> parts, int k) =>
        ReferenceEquals(parts, Parts) ? KindsOf(k) : _cues.Kinds(Text.AsSpan(parts[k].Start, parts[k].Length));

    /// <summary>The index of the first part starting at or after <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int PartAt(int offset)
    {
        int lo = 0, hi = Parts.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Parts[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The gazetteer matches of a normal form (see <see cref="Gazetteer.Match"/>), looked up once per document, and
    /// the normal form as a string shared by every mention that has it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GazetteerMatch[] Match(ReadOnlySpan<char> normal, out string key)
    {
        if (_lookup.TryGetValue(normal, out var actual, out var matches))
        {
            key = actual;
            return matches;
        }
        key = new string(normal);
        _scratch.Clear();
        _gazetteer.MatchNormal(normal, _scratch);
        matches = _scratch.Count == 0 ? NoMatches : [.. _scratch];
        _matches[key] = matches;
        return matches;
    }
}
