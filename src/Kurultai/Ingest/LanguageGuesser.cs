using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kurultai.Ingest;

/// <summary>
/// Guesses an article's language from its commonest function words ("the", "and", "of" → "en"; "и", "в", "не" →
/// "ru"). Cheap, for metadata only: returns an ISO 639-1 code, or null when no list fits well.
/// </summary>
/// <remarks>
/// Ties go to the language whose stop word came first in the text. One pass over the first 8000 characters, without
/// allocating: a word short enough to be a stop word is looked up as a number (see <see cref="KeyChars"/>).
/// </remarks>
public static class LanguageGuesser
{
    private static readonly FrozenDictionary<string, string[]> StopWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "he", "it", "were", "are", "have", "has", "said", "this", "which"],
        ["fr"] = ["le", "les", "des", "et", "est", "dans", "que", "une", "du", "pour", "sur", "pas", "qui", "au", "il", "ont", "avec", "aux"],
        ["es"] = ["el", "los", "las", "que", "y", "en", "un", "una", "por", "con", "para", "del", "se", "es", "al", "lo", "fue"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "im", "auf", "ein", "eine", "sich", "dem", "wurde"],
        ["it"] = ["il", "di", "che", "e", "per", "non", "con", "della", "sono", "gli", "nel", "alla", "anche"],
        ["pt"] = ["o", "os", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "dos", "foi", "ao"],
        ["ru"] = ["и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "из", "за", "к", "был", "от", "о", "для", "также"],
        ["uk"] = ["і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "від", "у", "був"],
    }.ToFrozenDictionary();

    // The languages in the order the lists are tried, and each stop word's languages as a bit mask over that order,
    // keyed by the word as a number: its first KeyChars lower-cased characters, 12 bits each, and its length on top.
    private const int KeyChars = 5;
    private static readonly string[] Languages = [.. StopWords.Keys];
    private static readonly StopWordTable Masks = BuildMasks();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Guess(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, 8000)];
        Span<int> counts = stackalloc int[Languages.Length];
        Span<int> order = stackalloc int[Languages.Length];
        int seen = 0, words = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (IsSeparator(text[i]))
                continue;
            int start = i;
            while (i < text.Length && !IsSeparator(text[i]))
                i++;
            words++;
            if (i - start > KeyChars || !TryKey(text[start..i], out ulong key))
                continue;
            for (int mask = Masks.Find(key); mask != 0; mask &= mask - 1)
            {
                int l = BitOperations.TrailingZeroCount(mask);
                if (counts[l]++ == 0)
                    order[seen++] = l;
            }
        }
        if (words < 5 || seen == 0)
            return null;
        int best = order[0];
        for (int k = 1; k < seen; k++)
        {
            if (counts[order[k]] > counts[best])
                best = order[k];
        }
        return counts[best] * 100 >= words * 8 ? Languages[best] : null;
    }

    // Words are split at white space and the punctuation " \n\r\t.,;:!?\"“”«»()[]—–-'’"; the ASCII ones as bit sets.
    private const ulong SeparatorsBelow64 = 1UL << ' ' | 1UL << '\n' | 1UL << '\r' | 1UL << '\t' | 1UL << '.' | 1UL << ',' | 1UL << ';'
        | 1UL << ':' | 1UL << '!' | 1UL << '?' | 1UL << '"' | 1UL << '(' | 1UL << ')' | 1UL << '-' | 1UL << '\'';
    private const ulong SeparatorsFrom64 = 1UL << ('[' - 64) | 1UL << (']' - 64);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => c < 0x80
        ? ((c < 64 ? SeparatorsBelow64 >> c : SeparatorsFrom64 >> (c - 64)) & 1) != 0
        : c is '“' or '”' or '«' or '»' or '—' or '–' or '’';

    /// <summary>A word of up to <see cref="KeyChars"/> characters as a number; false when a lower-cased character does not fit in 12 bits (no stop word has it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryKey(ReadOnlySpan<char> word, out ulong key)
    {
        key = (ulong)word.Length << 60;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            char lower = c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            if (lower >= 0x1000)
                return false;
            key |= (ulong)lower << (12 * k);
        }
        return true;
    }

    private static StopWordTable BuildMasks()
    {
        var masks = new Dictionary<ulong, int>();
        for (int l = 0; l < Languages.Length; l++)
        {
            foreach (var word in StopWords[Languages[l]])
            {
                if (word.Length > KeyChars || !TryKey(word, out ulong key))
                    throw new InvalidOperationException($"stop word \"{word}\" does not fit a {KeyChars}-character key");
                masks[key] = masks.GetValueOrDefault(key) | 1 << l;
            }
        }
        return new StopWordTable(masks);
    }

    /// <summary>
    /// Word keys to language masks: an open-addressing table small enough to stay in cache, probed without calls
    /// (a key is never 0: its length is in the top bits).
    /// </summary>
    private sealed class StopWordTable
    {
        private readonly ulong[] _keys;
        private readonly int[] _masks;
        private readonly int _shift;

        public StopWordTable(Dictionary<ulong, int> masks)
        {
            int bits = 4;
            while (1 << bits < masks.Count * 4) bits++;
            _keys = new ulong[1 << bits];
            _masks = new int[1 << bits];
            _shift = 64 - bits;
            foreach (var (key, mask) in masks)
            {
                int slot = Slot(key);
                while (_keys[slot] != 0) slot = (slot + 1) & (_keys.Length - 1);
                _keys[slot] = key;
                _masks[slot] = mask;
            }
        }

        /// <summary>The languages whose stop word this is, or 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Find(ulong key)
        {
            for (int slot = Slot(key); ; slot = (slot + 1) & (_keys.Length - 1))
            {
                if (_keys[slot] == key)
                    return _masks[slot];
                if (_keys[slot] == 0)
                    return 0;
            }
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }
}
