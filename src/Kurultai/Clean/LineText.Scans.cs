using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kurultai.Clean;

public static partial class LineText
{
    // The ASCII characters the visible-text loop treats specially, as bit sets: controls, # > * ` _ < ! [ & and DEL.
    private const ulong MarkupBelow64 = (1UL << ' ') - 1 | 1UL << '#' | 1UL << '>' | 1UL << '*' | 1UL << '<' | 1UL << '!' | 1UL << '&';
    private const ulong MarkupFrom64 = 1UL << ('`' - 64) | 1UL << ('_' - 64) | 1UL << ('[' - 64) | 1UL << (0x7F - 64);

    /// <summary>The number of words: runs of characters that are not white space ("  a b  " has 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WordCount(ReadOnlySpan<char> text)
    {
        int count = 0, i = 0;
        bool inWord = false;
        if (Vector128.IsHardwareAccelerated)
        {
            // eight characters at a time: a word starts where a character that is not white space follows white
            // space (or the start); a block with a character beyond ASCII is counted one by one
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + 8 <= chars.Length; i += 8)
            {
                var v = Vector128.Create(chars.Slice(i, 8));
                if (Vector128.GreaterThanAny(v, Vector128.Create((ushort)0x7F)))
                {
                    count = CountWords(text.Slice(i, 8), count, ref inWord);
                    continue;
                }
                uint space = (Vector128.Equals(v, Vector128.Create((ushort)' '))
                    | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t'))))
                    .ExtractMostSignificantBits();
                uint spaceBefore = (space << 1 | (inWord ? 0u : 1u)) & 0xFF;
                count += BitOperations.PopCount(~space & spaceBefore & 0xFF);
                inWord = (space & 0x80) == 0;
            }
        }
        return CountWords(text[i..], count, ref inWord);
    }

    private static int CountWords(ReadOnlySpan<char> text, int count, ref bool inWord)
    {
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    /// <summary>
    /// No markup, white space other than single inner spaces, or invisible character: the visible-text loop would copy
    /// the line unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsPlain(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
            return true;
        if (line[0] == ' ' || line[^1] == ' ')
            return false;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // eight characters at a time, each with the one after it; a block that may hold markup (or a character
            // beyond ASCII) is decided one by one
            var chars = MemoryMarshal.Cast<char, ushort>(line);
            var space = Vector128.Create((ushort)' ');
            for (; i + 8 < chars.Length; i += 8)
            {
                var v = Vector128.Create(chars.Slice(i, 8));
                var next = Vector128.Create(chars.Slice(i + 1, 8));
                var maybe = Vector128.LessThan(v, space) | Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0x7F))
                    | Vector128.Equals(v, Vector128.Create((ushort)'#')) | Vector128.Equals(v, Vector128.Create((ushort)'>'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'*')) | Vector128.Equals(v, Vector128.Create((ushort)'`'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'_')) | Vector128.Equals(v, Vector128.Create((ushort)'<'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'!')) | Vector128.Equals(v, Vector128.Create((ushort)'['))
                    | Vector128.Equals(v, Vector128.Create((ushort)'&')) | Vector128.Equals(v, space) & Vector128.Equals(next, space);
                if (maybe != Vector128<ushort>.Zero && !IsPlain(line, i, i + 8))
                    return false;
            }
        }
        return IsPlain(line, i, line.Length);
    }

    // The characters [from, to) are not markup, and none is a space followed by a space.
    private static bool IsPlain(ReadOnlySpan<char> line, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            char c = line[k];
            bool special = c < 0x80
                ? ((c < 64 ? MarkupBelow64 >> c : MarkupFrom64 >> (c - 64)) & 1) != 0
                : char.IsWhiteSpace(c) || IsInvisible(c);
            if (special || c == ' ' && k + 1 < line.Length && line[k + 1] == ' ')
                return false;
        }
        return true;
    }
}
