using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Kurultai.Segment;

/// <summary>A case-insensitive set of single words, looked up without allocating: <c>set.Contains(span)</c>; most
/// words that are not in it are rejected by a <see cref="WordPrefilter"/> before any hashing.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_words);
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => _words.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word) => _prefilter.MayContain(word) && _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);
}

/// <summary>A case-insensitive word-to-value map, looked up by span: <c>"dozens" → 12</c>.</summary>
public sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T> _map;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;

    public WordMap(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        var dict = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs) dict[key] = value;
        _map = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_map.Keys);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_prefilter.MayContain(word))
            return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    public int Count => _map.Count;
}
