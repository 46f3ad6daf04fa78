using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Reads a country named right beside a place name to say which country it is in: after it ("Moi, Norway", "Lima
/// (Peru)", "Osh in Kyrgyzstan"; not when the country is only the next item of a list, "Nairobi, Uganda and
/// Tanzania"), or before it ("the Norwegian village of Moi", "the Kazakh town Korday", "Norway's Moi").
/// </summary>
internal static class CountryQualifier
{
    private const int MaxWords = 3;

    /// <summary>The ISO2 code of the country qualifying the name that ends at <paramref name="end"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? After(WordTable words, int end)
    {
        var text = words.Text;
        int i = SkipSpaces(text, end);
        if (i >= text.Length)
            return null;
        if (text[i] is ',' or '(')
            i++;
        else if (i + 2 < text.Length && text[i] == 'i' && text[i + 1] == 'n' && text[i + 2] == ' ')
            i += 2;
        else
            return null;
        i = SkipSpaces(text, i);
        Span<int> ends = stackalloc int[MaxWords];
        int count = 0, start = i;
        while (count < MaxWords && i < text.Length && char.IsUpper(text[i]))
        {
            int j = i;
            while (j < text.Length && (char.IsLetter(text[j]) || (text[j] is '-' or '.' && j + 1 < text.Length && char.IsLetter(text[j + 1]))))
                j++;
            ends[count++] = j;
            if (j + 1 < text.Length && text[j] == ' ' && char.IsUpper(text[j + 1]))
                i = j + 1;
            else
                break;
        }
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        for (int c = count; c > 0; c--)
        {
            var matches = words.Match(normal[..NameKey.Normal(text.AsSpan(start, ends[c - 1] - start), normal)], out _);
            foreach (var m in matches)
            {
                if (m.Entry.Feature == FeatureType.Country && m.Kind is MatchKind.Exact or MatchKind.Alias)
                    return ListContinues(text, ends[c - 1]) ? null : m.Entry.Country;
            }
        }
        return null;
    }

    /// <summary>The ISO2 code of the country a demonym before a settlement noun, or a country's possessive, names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Before(WordTable words, int start)
    {
        var text = words.Text;
        int wordStart = WordBefore(text, start);
        var word = text.AsSpan(wordStart, WordEnd(text, start) - wordStart);
        if (word.IsEmpty)
            return null;
        // "Norway's Moi": a country's possessive.
        if (word.Length > 2 && word[^1] == 's' && NameRuns.IsApostrophe(word[^2]))
            return CountryNamed(words, word[..^2]);
        if (word.Equals("of", StringComparison.Ordinal))
        {
            int before = WordBefore(text, wordStart);
            word = text.AsSpan(before, WordEnd(text, wordStart) - before);
            wordStart = before;
        }
        // "the Kazakh town of Korday", "the Norwegian village Moi".
        if ((words.Cues.Kinds(word) & (CueKind.SettlementAfter | CueKind.DivisionAfter)) == 0)
            return null;
        int demonymStart = WordBefore(text, wordStart);
        var demonym = text.AsSpan(demonymStart, WordEnd(text, wordStart) - demonymStart);
        return demonym.IsEmpty || !char.IsUpper(demonym[0]) ? null : words.Gazetteer.CountryOfDemonym(demonym);
    }

    private static string? CountryNamed(WordTable words, ReadOnlySpan<char> name)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        foreach (var m in words.Match(normal[..NameKey.Normal(name, normal)], out _))
        {
            if (m.Entry.Feature == FeatureType.Country && m.Kind is MatchKind.Exact or MatchKind.Alias)
                return m.Entry.Country;
        }
        return null;
    }

    /// <summary>Where the word before <paramref name="end"/> (past one space) ends; <paramref name="end"/> itself when none.</summary>
    private static int WordEnd(string text, int end) => end > 0 && text[end - 1] is ' ' or '\u00A0' ? end - 1 : end;

    /// <summary>Where the word (letters and apostrophes) before <paramref name="end"/> starts, past one space.</summary>
    private static int WordBefore(string text, int end)
    {
        int stop = WordEnd(text, end);
        if (stop == end)
            return end;
        int start = stop;
        while (start > 0 && (char.IsLetter(text[start - 1]) || NameRuns.IsApostrophe(text[start - 1])))
            start--;
        return start;
    }

    /// <summary>", Tanzania" or " and Tanzania" after the country: it was an item of a list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ListContinues(string text, int i)
    {
        i = SkipSpaces(text, i);
        if (i < text.Length && text[i] == ',')
            i = SkipSpaces(text, i + 1);
        else if (i + 4 < text.Length && text.AsSpan(i, 4).SequenceEqual("and "))
            i = SkipSpaces(text, i + 4);
        else if (i + 3 < text.Length && text.AsSpan(i, 3).SequenceEqual("or "))
            i = SkipSpaces(text, i + 3);
        else
            return false;
        return i < text.Length && char.IsUpper(text[i]);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0')
            i++;
        return i;
    }
}
