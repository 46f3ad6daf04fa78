namespace Kurultai.Segment;

/// <summary>
/// Finds the sentence ends inside one paragraph: "Gen. Ivanov arrived in the U.S. on Oct. 5. He left." is two
/// sentences; "he said. "We stay."" ends inside the quote; "... and then" does not end.
/// </summary>
internal static class SentenceBoundaries
{
    public static void Split(string text, int start, int end, SegmentLexicon lexicon, List<(int Start, int End)> into)
    {
        int sentenceStart = SkipSpace(text, start, end);
        int i = sentenceStart;
        while (i < end)
        {
            char c = text[i];
            if (!IsTerminator(c)) { i++; continue; }
            int j = i;
            while (j < end && (IsTerminator(text[j]) || IsCloser(text[j]) || (text[j] == ' ' && j + 1 < end && text[j + 1] == '.')))
                j++;
            bool ellipsis = c == '…' || (c == '.' && i + 1 < end && text[i + 1] == '.');
            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                // "5.5", "U.S.-backed", "Yahoo!"; but "killed.The crowd" is a missing space.
                if (c == '.' && j == i + 1 && IsGluedSentenceStart(text, i, j, end, lexicon))
                {
                    into.Add((sentenceStart, j));
                    sentenceStart = j;
                }
                i = j;
                continue;
            }
            int k = SkipSpace(text, j, end);
            if (k >= end || IsBoundary(text, i, j, k, end, ellipsis, lexicon))
            {
                into.Add((sentenceStart, j));
                sentenceStart = k;
            }
            i = k > j ? k : j;
        }
        int last = end;
        while (last > sentenceStart && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > sentenceStart) into.Add((sentenceStart, last));
    }

    private static bool IsBoundary(string text, int i, int j, int k, int end, bool ellipsis, SegmentLexicon lexicon)
    {
        char n = text[k];
        if (char.IsLower(n)) return false;
        if (ellipsis) return char.IsUpper(n) || IsOpener(n);
        if (text[i] != '.') return true;
        var word = WordBefore(text, i);
        if (word.IsEmpty) return true;
        if (lexicon.Titles.Contains(word)) return false;
        if (word.Length == 1 && char.IsUpper(word[0]) && char.IsUpper(n)) return false; // an initial: "A. Atambaev"
        if (char.IsDigit(n) && (lexicon.Months.Contains(word) || lexicon.NumberLabels.Contains(word))) return false;
        if (word.Contains('.') || lexicon.Other.Contains(word))
            return char.IsUpper(n) && lexicon.Openers.Contains(WordAt(text, k, end));
        return true;
    }

    private static bool IsGluedSentenceStart(string text, int i, int j, int end, SegmentLexicon lexicon)
    {
        if (!(char.IsUpper(text[j]) && j + 1 < end && char.IsLower(text[j + 1]))) return false;
        var word = WordBefore(text, i);
        return word.Length >= 3 && !word.Contains('.') && char.IsLower(word[^1]) && !lexicon.Other.Contains(word) && !lexicon.Titles.Contains(word);
    }

    /// <summary>The word (letters and inner periods) that ends just before <paramref name="i"/>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int i)
    {
        int s = i;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= 0 && char.IsLetter(text[s - 2]))))
            s--;
        return text.AsSpan(s, i - s);
    }

    private static ReadOnlySpan<char> WordAt(string text, int k, int end)
    {
        int e = k;
        while (e < end && char.IsLetter(text[e])) e++;
        return text.AsSpan(k, e - k);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇';

    internal static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*' or '_';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';
}
