using System.Runtime.CompilerServices;

namespace Kurultai.Places;

/// <summary>A word or hyphen-separated part of a word, e.g. "Kochkor" and "Bishkek" in "Kochkor-Bishkek highway".</summary>
/// <param name="Joined">How it joins the previous part: '-' inside a word, ' ' after one space, '\0' otherwise.</param>
/// <param name="Possessive">The word ended in "'s" (not part of the span), e.g. "Bakiyev’s".</param>
/// <param name="SentenceInitial">The word starts a sentence or heading.</param>
internal readonly record struct WordPart(int Start, int Length, bool Capitalised, char Joined, bool Possessive, bool SentenceInitial)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word parts and groups capitalised ones into name runs: "the cities of Osh, Batken and
/// Jalalabad" gives runs "Osh" and "Batken and Jalalabad"; "President Kurmanbek Bakiyev’s" gives one run.
/// </summary>
internal static class NameRuns
{
    [ThreadStatic]
    private static (string? Text, List<WordPart>? Parts) s_lastDocument;

    /// <summary>
    /// Every word part of a whole document's text, shared read-only by the stages that ask for the same text one
    /// after another on a thread (places, then actors): the text is split once per document. Callers never change
    /// the list.
    /// </summary>
    public static List<WordPart> DocumentParts(string text)
    {
        var last = s_lastDocument;
        if (ReferenceEquals(last.Text, text) && last.Parts is { } parts)
            return parts;
        parts = Parts(text);
        s_lastDocument = (text, parts);
        return parts;
    }

    /// <summary>Every word part of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<WordPart> Parts(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length)
            end = text.Length;
        // About one part per six characters of prose: one allocation, no regrowth.
        var parts = new List<WordPart>(Math.Max(4, (end - start) / 5));
        int i = Math.Max(0, start);
        int previousEnd = -1;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            char joined = previousEnd >= 0 && i - previousEnd == 1 && IsSpace(text[previousEnd]) ? ' ' : '\0';
            // Only a capitalised word's position says anything (a lower-case word is no name however it stands).
            bool initial = char.IsUpper(text[i]) && IsSentenceStart(text, i);
            int partStart = i;
            while (true)
            {
                while (i < end && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && !IsPossessive(text, i, end) && i + 1 < end && char.IsLetter(text[i + 1]))
                       || (text[i] == '.' && IsInitialism(text, partStart, i, end))))
                    i++;
                bool possessive = i < end && IsApostrophe(text[i]) && IsPossessive(text, i, end);
                parts.Add(new WordPart(partStart, i - partStart, char.IsUpper(text[partStart]), joined, possessive, initial));
                if (possessive)
                {
                    while (i < end && (IsApostrophe(text[i]) || text[i] == 's'))
                        i++;
                    break;
                }
                if (i + 1 < end && text[i] == '-' && IsWordChar(text[i + 1]))
                {
                    i++;
                    partStart = i;
                    joined = '-';
                    initial = false;
                    continue;
                }
                break;
            }
            previousEnd = i;
        }
        return parts;
    }

    /// <summary>
    /// Groups parts into runs (first index, count): capitalised parts joined by one space, any parts joined by a
    /// hyphen to a run, and connector words between two capitalised parts. A possessive ends a run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int First, int Count)> Runs(WordTable words)
    {
        var parts = words.Parts;
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < parts.Count)
        {
            if (!parts[i].Capitalised)
            {
                i++;
                continue;
            }
            int first = i;
            while (!parts[i].Possessive && i + 1 < parts.Count)
            {
                var next = parts[i + 1];
                if (next.Joined == '-' || (next.Joined == ' ' && next.Capitalised))
                {
                    i++;
                    continue;
                }
                if (next.Joined == ' ' && !next.Possessive && i + 2 < parts.Count && parts[i + 2].Joined == ' ' && parts[i + 2].Capitalised
                    && (words.KindsOf(i + 1) & CueKind.Connector) != 0)
                {
                    i += 2;
                    continue;
                }
                break;
            }
            runs.Add((first, i - first + 1));
            i++;
        }
        return runs;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    /// <summary>"'s" or "’’s" followed by a non-letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPossessive(string text, int i, int end)
    {
        int j = i;
        while (j < end && j - i < 2 && IsApostrophe(text[j]))
            j++;
        return j < end && text[j] == 's' && (j + 1 >= end || !char.IsLetter(text[j + 1]));
    }

    /// <summary>A dot inside an initialism such as "U.S." (single capitals separated by dots).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInitialism(string text, int partStart, int i, int end) =>
        i + 1 < end && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]) && (i - 1 == partStart || text[i - 2] == '.')
        && (i + 2 >= end || !char.IsLetter(text[i + 2]) || text[i + 2] == '.');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSentenceStart(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && (char.IsWhiteSpace(text[j]) || text[j] is '"' or '“' or '”' or '‘' or '\'' or '«' or '(' or '[' or '*' or '#' or '’'))
        {
            if (text[j] == '\n')
                return true;
            j--;
        }
        return j < 0 || text[j] is '.' or '!' or '?' or ':' or ';' or '—' or '–' or '|';
    }
}
