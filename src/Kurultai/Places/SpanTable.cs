using System.Runtime.CompilerServices;

namespace Kurultai.Places;

/// <summary>
/// A read-only map from short keys to values, looked up by span without allocating: "avenue" → a cue kind,
/// "kyrgyz" → "KG". Keys are matched as given (callers pass normal or lower-case forms). Built on
/// <see cref="NameIndex"/>, so a lookup is our own optimised code from the first call, with no generic
/// dictionary to compile.
/// </summary>
internal sealed class SpanTable<TValue>
{
    private readonly NameIndex _index;
    private readonly TValue[] _values;

    public SpanTable(IReadOnlyCollection<KeyValuePair<string, TValue>> pairs)
    {
        _index = new NameIndex(pairs.Count);
        var values = new List<TValue>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            if (key.Length == 0)
                continue;
            int before = _index.Count;
            _index.Add(key, values.Count, 0);
            if (_index.Count > before)
                values.Add(value);
        }
        _values = [.. values];
    }

    public int Count => _values.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int group = _index.Group(key);
        if (group < 0)
        {
            value = default!;
            return false;
        }
        value = _values[group];
        return true;
    }
}
