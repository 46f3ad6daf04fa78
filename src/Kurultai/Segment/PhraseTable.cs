using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Segment;

/// <summary>
/// Multi-word phrases matched against tokens, longest first, e.g. "taken into custody" or "at least".
/// </summary>
/// <remarks>Phrases are split on spaces; a hyphenated word stays one token, as the <see cref="Tokenizer"/> makes it.</remarks>
public sealed class PhraseTable<T>
{
    private readonly WordMap<(string[] Words, T Value)[]> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!groups.TryGetValue(words[0], out var list)) groups[words[0]] = list = [];
            list.Add((words, value));
        }
        _byFirst = new WordMap<(string[], T)[]>(groups.Select(g => KeyValuePair.Create(
            g.Key, g.Value.OrderByDescending(p => p.Item1.Length).ToArray())));
    }

    public int Count => _byFirst.Count;

    /// <summary>True when some phrase starts with <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool StartsWith(ReadOnlySpan<char> word) => _byFirst.TryGet(word, out _);

    /// <summary>The longest phrase starting at token <paramref name="index"/> and ending before <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int index, int end, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        if (index < 0 || index >= end) return false;
        var first = tokens[index];
        if (!_byFirst.TryGet(text.AsSpan(first.Start, first.Length), out var candidates)) return false;
        foreach (var (words, v) in candidates)
        {
            if (index + words.Length > end) continue;
            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++)
            {
                var t = tokens[index + k];
                ok = text.AsSpan(t.Start, t.Length).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (!ok) continue;
            tokenCount = words.Length;
            value = v;
            return true;
        }
        return false;
    }

    /// <summary>The longest phrase that ends at token <paramref name="lastIndex"/> (scanning backwards), not before <paramref name="start"/>.</summary>
    public bool TryMatchEndingAt(string text, ReadOnlySpan<Token> tokens, int lastIndex, int start, out int tokenCount, out T value)
    {
        for (int n = 4; n >= 1; n--)
        {
            int first = lastIndex - n + 1;
            if (first < start) continue;
            if (TryMatch(text, tokens, first, lastIndex + 1, out tokenCount, out value) && tokenCount == n) return true;
        }
        tokenCount = 0;
        value = default!;
        return false;
    }
}
