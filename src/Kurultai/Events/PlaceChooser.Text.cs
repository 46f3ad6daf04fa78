using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>How the words around place mentions bear on them: lists, ellipses, possessives, brackets.</summary>
public sealed partial class PlaceChooser
{
    /// <summary>The word after "as has", "as have", "as did", "as was", "as were" following the trigger, or -1.</summary>
    private static int Ellipsis(SentenceWords words, int from)
    {
        for (int i = from; i + 1 < words.Count; i++)
        {
            if (words.Is(i, "as") && words.Is(i + 1, "has", "have", "had", "did", "was", "were", "is", "are"))
                return i + 2;
        }
        return -1;
    }

    /// <summary>The first place within <paramref name="maxWords"/> words after the trigger (optionally with no comma between), or -1.</summary>
    private static int FirstAfter(SentenceWords words, ReadOnlySpan<int> at, TriggerHit hit, int maxWords, bool noComma)
    {
        for (int k = 0; k < at.Length; k++)
            if (at[k] > hit.LastWord && at[k] <= hit.LastWord + maxWords && !(noComma && CommaBetween(words, hit.LastWord, at[k])))
                return k;
        return -1;
    }

    /// <summary>The last place before word <paramref name="word"/> and at or after word <paramref name="from"/>, or -1.</summary>
    private static int LastBefore(ReadOnlySpan<int> at, int word, int from)
    {
        for (int k = at.Length - 1; k >= 0; k--)
            if (at[k] < word && at[k] >= from)
                return k;
        return -1;
    }

    private static bool CommaBetween(SentenceWords words, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (!words.IsWord(i) && words.Punctuation(i) is ',' or '–' or '—' or ';')
                return true;
        return false;
    }

    /// <summary>"Kyrgyzstan's parliament": a country that qualifies a noun (a national body), not where the event is.</summary>
    private static bool Possessive(string text, PlaceMention p)
    {
        int end = p.Start + p.Length;
        return end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S';
    }

    /// <summary>"Naryn, Issyk-Kul and Batken": the places joined to the first by commas, "and", "or".</summary>
    private static List<PlaceMention> List(string text, List<PlaceMention> places, PlaceMention first)
    {
        int index = places.IndexOf(first);
        int from = index;
        while (from > 0 && Joined(text, places[from - 1], places[from]))
            from--;
        int to = index;
        while (to + 1 < places.Count && Joined(text, places[to], places[to + 1]))
            to++;
        var list = new List<PlaceMention>(to - from + 1);
        for (int i = from; i <= to; i++)
            if (!HasSamePlace(list, places[i].Place!))
                list.Add(places[i]);
        return list;
    }

    private static bool HasSamePlace(List<PlaceMention> places, GazetteerEntry entry)
    {
        foreach (var p in places)
            if (p.Place!.Name == entry.Name && p.Place.Admin1 == entry.Admin1)
                return true;
        return false;
    }

    private static bool Joined(string text, PlaceMention a, PlaceMention b)
    {
        int end = a.Start + a.Length;
        if (b.Start < end || b.Start - end > 12)
            return false;
        var gap = text.AsSpan(end, b.Start - end).Trim(" ,").ToString();
        return gap is "" or "and" or "or" or "as well as" or ", and";
    }

    /// <summary>"[the U.S. base … is used for intervention in Afghanistan]": an aside does not place the events around it.</summary>
    private static bool InBrackets(SentenceWords words, int index)
    {
        int depth = 0;
        for (int i = 0; i < index && i < words.Count; i++)
        {
            char c = words.Punctuation(i);
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
