namespace Kurultai.Fusion;

/// <summary>Content words of an evidence quote as sorted, distinct stable hashes, for a cheap overlap measure.</summary>
internal static class EvidenceWords
{
    private const int MinLength = 4;

    public static int[] Hashes(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var hashes = new List<int>(16);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i])) i++;
            var start = i;
            while (i < span.Length && char.IsLetterOrDigit(span[i])) i++;
            if (i - start >= MinLength)
                hashes.Add(Fnv(span[start..i]));
        }
        hashes.Sort();
        var distinct = 0;
        for (var k = 0; k < hashes.Count; k++)
        {
            if (k == 0 || hashes[k] != hashes[k - 1])
                hashes[distinct++] = hashes[k];
        }
        return [.. hashes[..distinct]];
    }

    /// <summary>Jaccard overlap of two sorted distinct hash arrays (0 when either is empty).</summary>
    public static double Jaccard(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common / (double)(a.Length + b.Length - common);
    }

    /// <summary>FNV-1a over the lower-cased characters: the same in every process, unlike string.GetHashCode.</summary>
    private static int Fnv(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 16777619u;
        }
        return (int)hash;
    }
}
