using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>The word-level checks of candidate finding: facility names, possessives, demonyms, adjective stems, common words.</summary>
internal sealed partial class PlaceCandidateFinder
{
    /// <summary>
    /// "Moi Avenue", "Rift Valley Courier" (a capitalised head last), "Plaza San Martín" (a head first), "Ala-Too
    /// square" (a street noun after it, in any case, unless the name is a possessive: "Bishkek's square").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsFacilityName(string text, List<WordPart> parts, int first, int end, CueKind[] kinds)
    {
        if (end - first >= 2 && ((parts[end - 1].Capitalised && (kinds[^1] & CueKind.NameHeadAfter) != 0)
            || (parts[first].Capitalised && (kinds[0] & CueKind.NameHeadBefore) != 0)))
            return true;
        int after = parts[end - 1].End;
        if (after + 1 >= text.Length || text[after] is not (' ' or '\u00A0') || !char.IsLetter(text[after + 1]))
            return false;
        int stop = after + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
            stop++;
        var word = text.AsSpan(after + 1, stop - after - 1);
        var next = cues.Kinds(word);
        return (next & CueKind.StreetAfter) != 0 || (char.IsUpper(word[0]) && (next & CueKind.NameHeadAfter) != 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PossessiveWithin(List<WordPart> parts, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (parts[k].Possessive)
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Sorts spans by start: the names layer's come sorted already, so an insertion sort is linear.</summary>
    private static void SortByStart(List<Span> spans)
    {
        for (int i = 1; i < spans.Count; i++)
        {
            var item = spans[i];
            int j = i - 1;
            while (j >= 0 && spans[j].Start > item.Start)
            {
                spans[j + 1] = spans[j];
                j--;
            }
            spans[j + 1] = item;
        }
    }

    private static bool Overlaps(List<Span> sorted, int from, Span span)
    {
        for (int k = from; k < sorted.Count && sorted[k].Start < span.End; k++)
        {
            if (sorted[k].Overlaps(span))
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? DemonymCountry(ReadOnlySpan<char> word)
    {
        if (gazetteer.CountryOfDemonym(word) is { } iso2)
            return iso2;
        return word.Length > 3 && word[^1] == 's' ? gazetteer.CountryOfDemonym(word[..^1]) : null;
    }

    /// <summary>The matches of a Slavic adjective's stem ("Issykulskii" → "Issykul"), or none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GazetteerMatch[] AdjectiveStem(WordTable words, ReadOnlySpan<char> word, out string? stem)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        foreach (var suffix in cues.AdjectiveSuffixes)
        {
            if (word.Length - suffix.Length >= NameKey.MinKeyedLength && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var matches = words.Match(normal[..NameKey.Normal(word[..^suffix.Length], normal)], out _);
                if (matches.Length > 0)
                {
                    stem = word[..^suffix.Length].ToString();
                    return matches;
                }
            }
        }
        stem = null;
        return [];
    }

    /// <summary>
    /// Marks sentence-initial one-word candidates that the text also uses in lower case ("Police said…" beside
    /// "the police"): one pass over the document's lower-case words, looking only for those few words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkCommonWords(WordTable words, List<PlaceCandidate> candidates)
    {
        HashSet<string>? wanted = null;
        foreach (var c in candidates)
        {
            if (c.SentenceInitial && c.Matches.Count > 0)
                (wanted ??= new HashSet<string>(StringComparer.Ordinal)).Add(words.Text.Substring(c.Start, c.Length).ToLowerInvariant());
        }
        if (wanted is null)
            return;
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        // Most parts are turned away by their length and first letter before being hashed.
        ulong lengths = 0, firsts = 0;
        foreach (var word in wanted)
        {
            if (word.Length == 0)
                continue;   // matches no part
            lengths |= 1UL << Math.Min(word.Length, 63);
            firsts |= 1UL << (word[0] & 63);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in words.Parts)
        {
            if (part.Capitalised || (lengths & (1UL << Math.Min(part.Length, 63))) == 0)
                continue;
            char c = words.Text[part.Start];
            if ((firsts & (1UL << (c & 63))) != 0 && char.IsLower(c) && lookup.TryGetValue(words.Text.AsSpan(part.Start, part.Length), out var word))
                seen.Add(word);
        }
        foreach (var candidate in candidates)
        {
            if (candidate.SentenceInitial && candidate.Matches.Count > 0)
                candidate.CommonWord = seen.Contains(words.Text.Substring(candidate.Start, candidate.Length).ToLowerInvariant());
        }
    }
}
