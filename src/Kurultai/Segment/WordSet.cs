using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Kurultai.Segment;

/// <summary>A case-insensitive set of single words, looked up without allocating: <c>set.Contains(span)</c>.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => _words.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);
}

/// <summary>A case-insensitive word-to-value map, looked up by span: <c>"dozens" → 12</c>.</summary>
public sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T> _map;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        var dict = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs) dict[key] = value;
        _map = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> word, out T value) => _lookup.TryGetValue(word, out value!);

    public int Count => _map.Count;
}
