namespace Kurultai.Places;

/// <summary>
/// A multimap from a name form (normal form or transliteration key) to postings, each an entry index and the
/// ordinal of the entry's name that produced the form. Built once at load; looked up by span without allocating.
/// </summary>
internal sealed class NameIndex
{
    private const int OrdinalBits = 11;
    private const int MaxOrdinal = (1 << OrdinalBits) - 1;

    private readonly Dictionary<string, int> _groups;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int> _heads;
    private readonly List<int> _next;
    private readonly List<int> _values;

    public NameIndex(int capacity = 0)
    {
        _groups = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _lookup = _groups.GetAlternateLookup<ReadOnlySpan<char>>();
        _heads = new List<int>(capacity);
        _next = new List<int>(capacity);
        _values = new List<int>(capacity);
    }

    public int Count => _groups.Count;

    public static int Entry(int posting) => posting >> OrdinalBits;

    public static int Ordinal(int posting) => posting & MaxOrdinal;

    /// <summary>Adds a posting; a second form of the same entry under the same key is ignored (the first ordinal wins).</summary>
    public void Add(ReadOnlySpan<char> key, int entry, int ordinal)
    {
        if (key.IsEmpty)
            return;
        int posting = (entry << OrdinalBits) | Math.Min(ordinal, MaxOrdinal);
        if (_lookup.TryGetValue(key, out int group))
        {
            if (Entry(_values[_heads[group]]) == entry)
                return;
        }
        else
        {
            group = _heads.Count;
            _lookup[key] = group;
            _heads.Add(-1);
        }
        _values.Add(posting);
        _next.Add(_heads[group]);
        _heads[group] = _values.Count - 1;
    }

    /// <summary>The group number of a key, or -1.</summary>
    public int Group(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out int group) ? group : -1;

    /// <summary>The postings of a group, most recently added first.</summary>
    public IEnumerable<int> Postings(int group)
    {
        for (int p = group < 0 ? -1 : _heads[group]; p >= 0; p = _next[p])
            yield return _values[p];
    }

    /// <summary>Appends the postings of <paramref name="key"/> to <paramref name="into"/>.</summary>
    public void CopyPostings(ReadOnlySpan<char> key, List<int> into)
    {
        if (!_lookup.TryGetValue(key, out int group))
            return;
        for (int p = _heads[group]; p >= 0; p = _next[p])
            into.Add(_values[p]);
    }

    /// <summary>Every key with its group number.</summary>
    public IEnumerable<KeyValuePair<string, int>> Groups => _groups;
}
