using System.Collections.Frozen;
using Kurultai.Segment;

namespace Kurultai.Events;

/// <summary>
/// All cue phrases of all sets in one table: for a word position, the sets whose phrases start there, as a bit mask
/// ("could" → Modal; "riot police" → Intervention). A sentence's masks are computed once and kept with its words.
/// </summary>
public sealed class CueTable
{
    private readonly FrozenDictionary<string, (string[] Tail, ulong Mask)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Tail, ulong Mask)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;

    public CueTable(IEnumerable<(string Phrase, CueSet Set)> phrases)
    {
        var groups = new Dictionary<string, Dictionary<string, ulong>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, set) in phrases)
        {
            var words = SentenceWords.Split(phrase);
            if (words.Length == 0)
                continue;
            if (!groups.TryGetValue(words[0], out var tails))
                groups[words[0]] = tails = new Dictionary<string, ulong>(StringComparer.Ordinal);
            var tail = string.Join(' ', words[1..]);
            tails[tail] = tails.GetValueOrDefault(tail) | Bit(set);
        }
        _byFirstWord = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.Select(t => (Tail: t.Key.Length == 0 ? [] : t.Key.Split(' '), Mask: t.Value)).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_byFirstWord.Keys);
    }

    public static ulong Bit(CueSet set) => 1UL << (int)set;

    /// <summary>The sets with a phrase starting at each word of the sentence (masked words start none).</summary>
    public ulong[] Masks(SentenceWords words)
    {
        var masks = new ulong[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (!words.IsWord(i) || words.IsMasked(i))
                continue;
            var key = words.Key(i);
            if (!_prefilter.MayContain(key))
                continue;
            if (!_lookup.TryGetValue(key, out var candidates)
                && (key.IndexOf('’') < 0 || !_byFirstWord.TryGetValue(key.ToString().Replace('’', '\''), out candidates)))
                continue;
            foreach (var (tail, mask) in candidates)
                if (Follows(words, i + 1, tail))
                    masks[i] |= mask;
        }
        return masks;
    }

    private static bool Follows(SentenceWords words, int index, string[] tail)
    {
        for (int k = 0; k < tail.Length; k++)
        {
            int i = index + k;
            if (i >= words.Count || words.IsMasked(i))
                return false;
            if (!words.IsWord(i) ? tail[k].Length != 1 || words.Punctuation(i) != tail[k][0] : !words.Matches(i, tail[k]))
                return false;
        }
        return true;
    }
}
