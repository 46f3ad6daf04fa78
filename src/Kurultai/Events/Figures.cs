using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// The figures one document gives for one count of one event, reduced as FORMAT.md asks: the most conservative
/// figure, and the highest where several are given. "Dozens shot dead … four dead … over 100 killed … at least 56
/// dead" → 56, at most 100.
/// </summary>
/// <remarks>
/// A vague figure ("dozens") is dropped when a precise one exists. In a rolling report tolls rise: a figure
/// followed later in the text by a larger one is an early count, not a competing estimate, and is dropped. Among
/// the rest, the lowest is the figure and the highest the maximum.
/// </remarks>
public sealed class Figures
{
    private readonly List<(int Position, long Min, long Max, bool Vague)> _items = [];

    public int Count => _items.Count;

    public void Add(int position, long min, long? max, bool vague)
    {
        if (min < 0)
            return;
        _items.Add((position, min, Math.Max(min, max ?? min), vague));
    }

    public void Add(Quantity q) => Add(q.Start, q.Min > 0 ? q.Min : q.Max ?? 0, q.Max, q.Vague);

    /// <summary>The conservative figure and the highest one (null when it equals the figure); null when there is none.</summary>
    public (int Value, int? Max)? Reduce()
    {
        if (_items.Count == 0)
            return null;
        var pool = _items.Any(i => !i.Vague) ? _items.Where(i => !i.Vague).ToList() : [.. _items];
        pool.Sort((a, b) => a.Position.CompareTo(b.Position));
        var kept = pool.Where((item, index) => !pool.Skip(index + 1).Any(later => later.Min > item.Max)).ToList();
        long low = kept.Min(i => i.Min);
        long high = kept.Max(i => i.Max);
        int value = (int)Math.Min(low, int.MaxValue);
        return (value, high > low ? (int)Math.Min(high, int.MaxValue) : null);
    }
}
