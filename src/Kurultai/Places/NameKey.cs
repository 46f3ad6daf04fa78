using System.Runtime.CompilerServices;
using AnyAscii;

namespace Kurultai.Places;

/// <summary>
/// Comparable forms of a name: the ASCII fold ("Özgön" → "Ozgon", "Джалал-Абад" → "Dzhalal-Abad"), the normal
/// form (lower-case ASCII letters and digits only: "Jalal-Abad" → "jalalabad") and the transliteration key that
/// merges common spelling variants ("Dzhalal-Abad", "Jalalabad" → "jalalabad"; "Issyk-Kul", "Isykkul" → "isikul";
/// "Bakiyev", "Bakiev" → "bakev"; "Otunbayeva", "Otumbaeva" → "utumbaeva").
/// </summary>
/// <remarks>
/// The key is a general mechanism, not a list of names. On the normal form it rewrites consonant digraphs to one
/// letter (dzh/dj/zh → j, sh/shch/sch → x, kh → h, gh → g, ch/tch → c, ph → f, th → t, ck/c/q → k, w → v, z → s),
/// assimilates n before b/p to m, reads y as i and o as u, drops the glide i inside a vowel cluster
/// (ya/ia → a, ye/ie → e, ay/ai → a, yu/iu → u) and collapses doubled letters. Keys of names shorter than
/// <see cref="MinKeyedLength"/> letters merge too much to be trusted; callers match those on the normal form only.
/// </remarks>
public static class NameKey
{
    /// <summary>Longer names are cut: no place or person name needs more letters to be told apart.</summary>
    public const int MaxLength = 96;

    /// <summary>Names with fewer normal letters than this are matched exactly, never by key or edit distance.</summary>
    public const int MinKeyedLength = 4;

    /// <summary>The ASCII transliteration of a name, keeping case, spaces and hyphens: "Ysyk-Köl" → "Ysyk-Kol".</summary>
    public static string Fold(string text) => IsAscii(text) ? text : Transliteration.Transliterate(text);

    /// <summary>The normal form: "Jalal-Abad" → "jalalabad", "Kara-Kul'dzha" → "karakuldzha".</summary>
    public static string Normal(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Normal(text, buffer)]);
    }

    /// <summary>Writes the normal form of <paramref name="text"/> into <paramref name="destination"/>; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Normal(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        for (int i = 0; i < text.Length && n < destination.Length; i++)
        {
            char c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                    destination[n++] = char.ToLowerInvariant(c);
                continue;
            }
            if (!char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
                continue;
            int width = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            foreach (char f in Transliteration.Transliterate(text.Slice(i, width).ToString()))
            {
                if (n < destination.Length && char.IsAsciiLetterOrDigit(f))
                    destination[n++] = char.ToLowerInvariant(f);
            }
            i += width - 1;
        }
        return n;
    }

    /// <summary>The transliteration key of a name (any text; it is normalised first).</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> normal = stackalloc char[MaxLength];
        Span<char> key = stackalloc char[MaxLength];
        int n = Normal(text, normal);
        return new string(key[..KeyOfNormal(normal[..n], key)]);
    }

    /// <summary>Writes the key of an already normal form into <paramref name="destination"/>; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int KeyOfNormal(ReadOnlySpan<char> normal, Span<char> destination)
    {
        Span<char> consonants = stackalloc char[MaxLength];
        int m = RewriteConsonants(normal, consonants);
        return SimplifyVowels(consonants[..m], destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RewriteConsonants(ReadOnlySpan<char> s, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < s.Length && n < output.Length; i++)
        {
            char c = s[i];
            char next = At(s, i + 1), after = At(s, i + 2);
            (char emit, int skip) = c switch
            {
                's' when next == 'h' && after == 'c' && At(s, i + 3) == 'h' => ('x', 3),
                's' when next == 'h' => ('x', 1),
                's' when next == 'c' && after == 'h' => ('x', 2),
                'd' when next == 'z' && after == 'h' => ('j', 2),
                'd' when next == 'j' => ('j', 1),
                'z' when next == 'h' => ('j', 1),
                'k' when next == 'h' => ('h', 1),
                'g' when next == 'h' => ('g', 1),
                't' when next == 'c' && after == 'h' => ('c', 2),
                't' when next == 'h' => ('t', 1),
                'c' when next == 'h' => ('c', 1),
                'c' when next == 'k' => ('k', 1),
                'p' when next == 'h' => ('f', 1),
                'c' or 'q' => ('k', 0),
                'w' => ('v', 0),
                'z' => ('s', 0),
                'y' => ('i', 0),
                'o' => ('u', 0),
                'n' when next is 'b' or 'p' => ('m', 0),
                _ => (c, 0),
            };
            output[n++] = emit;
            i += skip;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SimplifyVowels(ReadOnlySpan<char> s, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < s.Length;)
        {
            if (!IsVowel(s[i]))
            {
                Emit(s[i++], output, ref n);
                continue;
            }
            int end = i;
            bool onlyI = true;
            while (end < s.Length && IsVowel(s[end]))
                onlyI &= s[end++] == 'i';
            for (int j = i; j < end; j++)
            {
                if (onlyI || s[j] != 'i')
                    Emit(s[j], output, ref n);
            }
            i = end;
        }
        return n;
    }

    private static void Emit(char c, Span<char> output, ref int n)
    {
        if (n < output.Length && (n == 0 || output[n - 1] != c))
            output[n++] = c;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'u';

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 128)
                return false;
        }
        return true;
    }
}
