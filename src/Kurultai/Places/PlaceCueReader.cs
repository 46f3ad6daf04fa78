using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Reads the words around a candidate place name: a division cue ("Osh region", "the province of Osh"), a
/// settlement cue ("Osh city", "the town of Aksy"), a locative ("in Bakten") or a list of places before it
/// ("Naryn, Bakten"), a person title before it ("President Talas"), a capitalised neighbour that makes the
/// run a person's name ("Paris Hilton"), and a country named beside it ("Moi, Norway", "the Norwegian village of Moi").
/// </summary>
internal sealed class PlaceCueReader
{
    /// <param name="isNameNeighbour">Whether the part at this index, inside the run, would make the run a person's name.</param>
    /// <param name="placeEndsAt">Whether a place candidate found so far ends at this offset.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Annotate(WordTable words, List<WordPart> parts, (int First, int End) run, (int From, int To) at, PlaceCandidate candidate,
        Func<int, bool> isNameNeighbour, Func<int, bool> placeEndsAt)
    {
        var text = words.Text;
        var cues = words.Cues;
        var (first, end) = run;
        var (from, to) = at;
        var next = cues.Kinds(NextWord(text, parts[to - 1].End));
        PreviousWords(text, parts[from].Start, out var previousWord, out var twoWords);
        var previous = cues.Kinds(previousWord);
        var before = previous | (twoWords.IsEmpty ? CueKind.None : cues.Kinds(twoWords));
        candidate.DivisionCue = (next & CueKind.DivisionAfter) != 0 || (before & CueKind.DivisionBefore) != 0;
        candidate.SettlementCue = (next & CueKind.SettlementAfter) != 0 || (before & CueKind.SettlementBefore) != 0;
        candidate.Locative = (previous & CueKind.Locative) != 0 || AfterList(text, parts[from].Start, placeEndsAt);
        candidate.AfterTitle = (previous & CueKind.PersonTitle) != 0 && (from == first || parts[from].Joined == ' ');
        candidate.SentenceInitial = to - from == 1 && parts[from].SentenceInitial;
        candidate.QualifierCountry = CountryQualifier.After(words, parts[to - 1].End) ?? CountryQualifier.Before(words, parts[from].Start);
        if (candidate.Source == CandidateSource.NamedPlace)
            return;
        bool Neighbour(int k) => k >= first && k < end && parts[k].Capitalised && isNameNeighbour(k);
        candidate.PersonLike = (parts[from].Joined == ' ' && Neighbour(from - 1)) || (to < end && parts[to].Joined == ' ' && Neighbour(to));
    }

    /// <summary>"Naryn, Bakten" or "Naryn and Bakten": the name follows a place and a list separator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AfterList(string text, int start, Func<int, bool> placeEndsAt)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i >= 3 && text.AsSpan(i - 3, 4).SequenceEqual(" and"))
            i -= 3;
        else if (i >= 0 && text[i] == ',')
            i--;
        else
            return false;
        while (i >= 0 && text[i] == ' ')
            i--;
        return placeEndsAt(i + 1);
    }

    /// <summary>The next word after <paramref name="end"/> (past a possessive and spaces only), or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        int i = end;
        while (i < text.Length && (NameRuns.IsApostrophe(text[i]) || text[i] == 's') && i - end < 3)
            i++;
        if (i == end || i >= text.Length || !char.IsWhiteSpace(text[i]))
            i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
            i++;
        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return text.AsSpan(start, i - start);
    }

    /// <summary>The word before <paramref name="start"/>, and the two words before it ("city of"), within the clause.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PreviousWords(string text, int start, out ReadOnlySpan<char> previous, out ReadOnlySpan<char> twoWords)
    {
        int end1 = start;
        while (end1 > 0 && text[end1 - 1] == ' ')
            end1--;
        int start1 = end1;
        while (start1 > 0 && (char.IsLetter(text[start1 - 1]) || text[start1 - 1] == '.'))
            start1--;
        previous = text.AsSpan(start1, end1 - start1);
        twoWords = [];
        if (start1 < 2 || text[start1 - 1] != ' ' || !char.IsLetter(text[start1 - 2]))
            return;
        int start2 = start1 - 1;
        while (start2 > 0 && char.IsLetter(text[start2 - 1]))
            start2--;
        twoWords = text.AsSpan(start2, end1 - start2);
    }
}
