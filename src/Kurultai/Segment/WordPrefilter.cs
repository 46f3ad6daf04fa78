using System.Runtime.CompilerServices;

namespace Kurultai.Segment;

/// <summary>
/// A quick "certainly not a key" test run before a case-insensitive dictionary lookup: a bit per (length, first
/// letter, second letter) of the keys, e.g. "fired" sets (5, f, i), so "Police" (6, p, o) is rejected with one bit
/// test when no key of six letters starts with "po". Never rejects a word the dictionary would find.
/// </summary>
/// <remarks>A word whose first two characters are not ASCII is always passed on (non-ASCII letters may case-fold onto
/// ASCII ones); so is every word when a key starts with a non-ASCII character.</remarks>
internal sealed class WordPrefilter
{
    private const int Lengths = 24;
    private const int Symbols = 65;   // 64 ASCII classes and "no character"
    private readonly ulong[] _bits = new ulong[(Lengths * Symbols * Symbols + 63) / 64];
    private readonly bool _passAll;

    public WordPrefilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!TryIndex(key, out int index))
            {
                _passAll = true;
                return;
            }
            _bits[index >> 6] |= 1UL << index;
        }
    }

    /// <summary>False only when no key can equal <paramref name="word"/> ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word) =>
        _passAll || !TryIndex(word, out int index) || (_bits[index >> 6] & (1UL << index)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryIndex(ReadOnlySpan<char> word, out int index)
    {
        index = 0;
        if (word.IsEmpty || word[0] >= 128 || (word.Length > 1 && word[1] >= 128))
            return false;
        int c0 = Symbol(word[0]);
        int c1 = word.Length > 1 ? Symbol(word[1]) : Symbols - 1;
        index = (Math.Min(word.Length, Lengths) - 1) * Symbols * Symbols + c0 * Symbols + c1;
        return true;
    }

    /// <summary>An ASCII character's class, the same for both cases of a letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Symbol(char c) => (c | 0x20) is >= 'a' and <= 'z' and var lower ? lower - 'a' : 26 + c % 38;
}
