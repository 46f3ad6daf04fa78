namespace Kurultai.Events;

public sealed partial class EventLexicon
{
    /// <summary>True when a phrase of the set starts at word <paramref name="i"/>.</summary>
    public bool Has(CueSet set, SentenceWords words, int i) =>
        i >= 0 && i < words.Count && (words.CueMasks(_cues)[i] & CueTable.Bit(set)) != 0;

    /// <summary>
    /// The nearest word before <paramref name="from"/> (at most <paramref name="maxWords"/> words back) where a phrase
    /// of the set starts, or -1; with <paramref name="clause"/>, the search stops at a clause boundary.
    /// </summary>
    public int Before(CueSet set, SentenceWords words, int from, int maxWords, bool clause = true, bool stopAtAnd = false)
    {
        int seen = 0;
        for (int i = from - 1; i >= 0 && seen < maxWords; i--)
        {
            if (!words.IsWord(i))
            {
                if (clause && words.IsBoundary(i))
                    return -1;
                continue;
            }
            if (clause && words.IsBoundary(i))
                return -1;
            if (stopAtAnd && words.Key(i).Equals("and", StringComparison.OrdinalIgnoreCase))
                return -1;
            seen++;
            if (Has(set, words, i))
                return i;
        }
        return -1;
    }

    /// <summary>The nearest word from <paramref name="from"/> on (at most <paramref name="maxWords"/> words) where a phrase of the set starts, or -1.</summary>
    public int After(CueSet set, SentenceWords words, int from, int maxWords, bool clause = true)
    {
        int seen = 0;
        for (int i = from; i < words.Count && seen < maxWords; i++)
        {
            if (!words.IsWord(i))
            {
                if (clause && words.IsBoundary(i))
                    return -1;
                continue;
            }
            if (clause && words.IsBoundary(i))
                return -1;
            seen++;
            if (Has(set, words, i))
                return i;
        }
        return -1;
    }

    /// <summary>True when a phrase of the set occurs anywhere in the sentence.</summary>
    public bool Anywhere(CueSet set, SentenceWords? words) =>
        words is not null && (words.CueMask(_cues) & CueTable.Bit(set)) != 0;

}
