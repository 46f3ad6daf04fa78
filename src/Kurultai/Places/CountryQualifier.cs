using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Reads a country named right after a place name to say which country it is in: "Moi, Norway", "Lima (Peru)",
/// "Osh in Kyrgyzstan". Not when the country is only the next item of a list ("Nairobi, Uganda and Tanzania").
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
