using System.Collections.Frozen;
using Kurultai.Segment;

namespace Kurultai.Events;

/// <summary>
/// Whole-word, case-insensitive phrases ("open fire", "tear gas") found at a word position of a sentence; the
/// longest phrase starting there wins.
/// </summary>
/// <typeparam name="T">What a phrase stands for (a trigger kind and form, a cue set).</typeparam>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Tail, T Value)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = SentenceWords.Split(phrase);
            if (words.Length == 0)
                continue;
            if (!groups.TryGetValue(words[0], out var list))
                groups[words[0]] = list = [];
            list.Add((words[1..], value));
        }
        _byFirstWord = groups.ToFrozenDictionary(
            g => g.Key, g => g.Value.OrderByDescending(p => p.Tail.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_byFirstWord.Keys);
        Count = groups.Values.Sum(g => g.Count);
    }

    /// <summary>The number of phrases.</summary>
    public int Count { get; }

    /// <summary>The longest phrase starting at word <paramref name="index"/>: its value and how many words it spans.</summary>
    public bool TryMatch(SentenceWords words, int index, out T value, out int wordCount)
    {
        value = default!;
        wordCount = 0;
        if (index < 0 || index >= words.Count || !words.IsWord(index) || words.IsMasked(index))
            return false;
        var key = words.Key(index);
        if (!_prefilter.MayContain(key))
            return false;
        if (!_lookup.TryGetValue(key, out var candidates)
            && (key.IndexOf('’') < 0 || !_byFirstWord.TryGetValue(key.ToString().Replace('’', '\''), out candidates)))
            return false;
        foreach (var (rest, v) in candidates)
        {
            if (Follows(words, index + 1, rest))
            {
                value = v;
                wordCount = rest.Length + 1;
                return true;
            }
        }
        return false;
    }

    private static bool Follows(SentenceWords words, int index, string[] rest)
    {
        for (int k = 0; k < rest.Length; k++)
        {
            int i = index + k;
            if (i >= words.Count || words.IsMasked(i) || !Same(words, i, rest[k]))
                return false;
        }
        return true;
    }

    private static bool Same(SentenceWords words, int i, string expected)
    {
        if (!words.IsWord(i))
            return words.Punctuation(i).ToString() == expected;
        var key = words.Key(i);
        return key.Equals(expected, StringComparison.OrdinalIgnoreCase)
            || (key.IndexOf('’') >= 0 && key.ToString().Replace('’', '\'').Equals(expected, StringComparison.OrdinalIgnoreCase));
    }
}
