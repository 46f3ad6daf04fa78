using System.Runtime.CompilerServices;

namespace Kurultai.Places;

/// <summary>
/// A multimap from a name form (normal form or transliteration key) to postings, each an entry index and the
/// ordinal of the entry's name that produced the form. Built once at load; looked up by span without allocating.
/// </summary>
/// <remarks>
/// Keys live in one character pool and an open-addressing table of group numbers (no string per key), postings in
/// linked arrays: loading several hundred thousand names costs a few hash probes each and no garbage.
/// </remarks>
internal sealed class NameIndex
{
    private const int OrdinalBits = 11;
    private const int MaxOrdinal = (1 << OrdinalBits) - 1;

    private char[] _pool;
    private int _poolLength;
    private int[] _keyStart;
    private int[] _keyLength;
    private int[] _keyHash;
    private int[] _heads;
    private int _groups;
    private readonly int[] _table;
    private readonly int _mask;
    private int[] _next;
    private int[] _values;
    private int _postings;

    public NameIndex(int capacity)
    {
        capacity = Math.Max(16, capacity);
        int size = 1;
        while (size < capacity * 2)
            size <<= 1;
        _table = new int[size];
        _mask = size - 1;
        _pool = new char[capacity * 10];
        _keyStart = new int[capacity];
        _keyLength = new int[capacity];
        _keyHash = new int[capacity];
        _heads = new int[capacity];
        _next = new int[capacity];
        _values = new int[capacity];
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => _groups;

    public static int Entry(int posting) => posting >> OrdinalBits;

    public static int Ordinal(int posting) => posting & MaxOrdinal;

    /// <summary>Adds a posting; a second form of the same entry under the same key is ignored (the first ordinal wins).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> key, int entry, int ordinal)
    {
        if (key.IsEmpty)
            return;
        int hash = string.GetHashCode(key);
        int slot = Find(key, hash);
        int group = _table[slot] - 1;
        if (group >= 0)
        {
            if (Entry(_values[_heads[group]]) == entry)
                return;
        }
        else
        {
            group = NewGroup(key, hash);
            _table[slot] = group + 1;
        }
        if (_postings == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }
        _values[_postings] = (entry << OrdinalBits) | Math.Min(ordinal, MaxOrdinal);
        _next[_postings] = _heads[group];
        _heads[group] = _postings++;
    }

    /// <summary>The group number of a key, or -1.</summary>
    public int Group(ReadOnlySpan<char> key) => key.IsEmpty ? -1 : _table[Find(key, string.GetHashCode(key))] - 1;

    /// <summary>The first posting index of a group (then <see cref="Next"/> until -1); -1 for no group.</summary>
    public int Head(int group) => group < 0 ? -1 : _heads[group];

    public int Next(int posting) => _next[posting];

    public int Value(int posting) => _values[posting];

    /// <summary>The key of a group.</summary>
    public ReadOnlySpan<char> Key(int group) => _pool.AsSpan(_keyStart[group], _keyLength[group]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        int slot = hash & _mask;
        while (true)
        {
            int group = _table[slot] - 1;
            if (group < 0 || (_keyHash[group] == hash && Key(group).SequenceEqual(key)))
                return slot;
            slot = (slot + 1) & _mask;
        }
    }

    private int NewGroup(ReadOnlySpan<char> key, int hash)
    {
        if (_groups == _heads.Length)
        {
            int size = _heads.Length * 2;
            Array.Resize(ref _heads, size);
            Array.Resize(ref _keyStart, size);
            Array.Resize(ref _keyLength, size);
            Array.Resize(ref _keyHash, size);
        }
        if (_poolLength + key.Length > _pool.Length)
            Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolLength + key.Length));
        key.CopyTo(_pool.AsSpan(_poolLength));
        _keyStart[_groups] = _poolLength;
        _keyLength[_groups] = key.Length;
        _keyHash[_groups] = hash;
        _heads[_groups] = -1;
        _poolLength += key.Length;
        return _groups++;
    }
}
