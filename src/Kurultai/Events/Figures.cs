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
    // made on the first figure, sized for one: most counts of a record have none or one figure
    private List<(int Position, long Min, long Max, bool Vague)>? _items;

    public int Count => _items?.Count ?? 0;

    public void Add(int position, long min, long? max, bool vague)
    {
        if (min < 0)
            return;
        (_items ??= new(1)).Add((position, min, Math.Max(min, max ?? min), vague));
    }

    public void Add(Quantity q) => Add(q.Start, q.Min > 0 ? q.Min : q.Max ?? 0, q.Max, q.Vague);

    /// <summary>The conservative figure and the highest one (null when it equals the figure); null when there is none.</summary>
    public (int Value, int? Max)? Reduce()
    {
        if (_items is null || _items.Count == 0)
            return null;
        if (_items.Count == 1)
            return Result(_items[0].Min, _items[0].Max);
        bool anyPrecise = false;
        foreach (var item in _items)
            anyPrecise |= !item.Vague;
        var pool = new List<(int Position, long Min, long Max, bool Vague)>(_items.Count);
        foreach (var item in _items)
            if (!anyPrecise || !item.Vague)
                pool.Add(item);
        pool.Sort((a, b) => a.Position.CompareTo(b.Position));
        long low = long.MaxValue, high = long.MinValue;
        for (int i = 0; i < pool.Count; i++)
        {
            if (RisesLater(pool, i))
                continue;
            low = Math.Min(low, pool[i].Min);
            high = Math.Max(high, pool[i].Max);
        }
        return Result(low, high);
    }

    /// <summary>True when a later figure is larger than this one's maximum: an early count of a rising toll.</summary>
    private static bool RisesLater(List<(int Position, long Min, long Max, bool Vague)> pool, int index)
    {
        for (int j = index + 1; j < pool.Count; j++)
            if (pool[j].Min > pool[index].Max)
                return true;
        return false;
    }

    private static (int Value, int? Max) Result(long low, long high) =>
        ((int)Math.Min(low, int.MaxValue), high > low ? (int)Math.Min(high, int.MaxValue) : null);
}
