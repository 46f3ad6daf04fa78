using System.Runtime.CompilerServices;
namespace Kurultai.Places;

/// <summary>
/// Bounded Damerau (optimal string alignment) edit distance between two keys, e.g. "bakten" ↔ "batken" is 1
/// (a transposition). Used as the last resort after exact and key matches, with lower confidence.
/// </summary>
public static class EditDistance
{
    /// <summary>The largest distance allowed between keys of this length: none below 6 letters, 1 below 10, else 2.</summary>
    public static int Budget(int keyLength) => keyLength < 6 ? 0 : keyLength < 10 ? 1 : 2;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/> when at most <paramref name="max"/>, else max + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        if (a.Length > NameKey.MaxLength || b.Length > NameKey.MaxLength)
            return a.SequenceEqual(b) ? 0 : max + 1;
        int width = b.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (int j = 0; j < width; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j < width; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
