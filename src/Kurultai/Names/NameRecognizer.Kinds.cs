using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Names;

/// <summary>The typing facet: which kind a capitalised run is, from its words and its neighbours.</summary>
public sealed partial class NameRecognizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NameMention? Classify(string text, ReadOnlySpan<Token> tokens, int a, int b, int start, int end, string? pendingRole)
    {
        // Titles at the front: "President Kurmanbek Bakiyev", "Deputy Interim President Azimbek Beknazarov"
        if (IsRoleOnly(text, tokens, start, end)) return null;
        int nameStart = start;
        while (nameStart < end)
        {
            if (lexicon.Titles.TryMatch(text, tokens, nameStart, end, out int n, out _) && nameStart + n < end
                && IsCapitalised(text, tokens[nameStart + n]) && !lexicon.OrgHeads.Contains(Word(text, tokens[nameStart + n])))
                nameStart += n;
            else if (nameStart + 1 < end && lexicon.RoleModifiers.Contains(Word(text, tokens[nameStart]))
                     && (lexicon.Titles.StartsWith(Word(text, tokens[nameStart + 1])) || lexicon.RoleModifiers.Contains(Word(text, tokens[nameStart + 1]))))
                nameStart++; // "Deputy Interim President …"
            else break;
        }
        if (nameStart > start && lexicon.RoleModifiers.Contains(Word(text, tokens[nameStart - 1])) && !lexicon.Titles.StartsWith(Word(text, tokens[nameStart - 1])))
            nameStart = start; // only modifiers, no title: "Regional Naryn" is not a role
        if (nameStart >= end) return null;
        var first = tokens[nameStart];
        var last = tokens[end - 1];
        int spanStart = first.Start, spanLength = last.End - first.Start;
        string? role = nameStart > start ? text.Substring(tokens[start].Start, tokens[nameStart - 1].End - tokens[start].Start) : null;
        role ??= RoleBefore(text, tokens, a, nameStart) ?? pendingRole ?? RoleAfter(text, tokens, end, b);

        int count = end - nameStart;
        var lastWord = Word(text, last);
        bool single = count == 1;
        if (single && IsAcronym(lastWord))
        {
            if (lexicon.NonNameAcronyms.Contains(lastWord)) return null;
            if (lexicon.PlaceAcronyms.Contains(lastWord)) return new NameMention(spanStart, spanLength, NameKind.Place, 0.7);
            if (IsDatelinePlace(text, tokens, nameStart, end, b)) return new NameMention(spanStart, spanLength, NameKind.Place, 0.7);
            if (lastWord.Length > 5) return new NameMention(spanStart, spanLength, NameKind.Unknown, 0.4); // a shouted word, not an acronym
        }
        if (lexicon.Demonyms.Contains(lastWord)) return new NameMention(spanStart, spanLength, NameKind.Unknown, single ? 0.2 : 0.3);
        if (role is not null && !HasHead(text, tokens, nameStart, end))
            return new NameMention(spanStart, spanLength, NameKind.Person, 0.85, role);

        double person = 0, place = 0, org = 0;
        bool orgHead = false, placeHead = false, eventHead = false, allCommon = true;
        for (int k = nameStart; k < end; k++)
        {
            var w = Word(text, tokens[k]);
            orgHead |= lexicon.OrgHeads.Contains(w);
            placeHead |= lexicon.PlaceHeads.Contains(w);
            eventHead |= lexicon.EventHeads.Contains(w);
            allCommon &= lexicon.CommonWords.Contains(w) || tokens[k].Kind != TokenKind.Word;
            if (NameLexicon.EndsWithAny(w, lexicon.PlaceSuffixes)) place += 0.35;
        }
        if (eventHead && !orgHead && !placeHead) return new NameMention(spanStart, spanLength, NameKind.Unknown, 0.45);
        if (orgHead) org += 0.6;
        if (placeHead) place += 0.55;
        if (single && IsAcronym(lastWord)) org += 0.45;

        int cueEnd = nameStart - 1 >= a && Word(text, tokens[nameStart - 1]) is "," ? nameStart - 2 : nameStart - 1;
        if (nameStart - 1 >= a && lexicon.StrongPlaceCues.TryMatchEndingAt(text, tokens, nameStart - 1, a, out _, out _)) place += 0.5;
        else if (cueEnd >= a && cueEnd < nameStart - 1 && lexicon.StrongPlaceCues.TryMatchEndingAt(text, tokens, cueEnd, a, out _, out _)) place += 0.5; // "the capital, Bishkek"
        else if (nameStart - 1 >= a && lexicon.WeakPlaceCues.Contains(Word(text, tokens[nameStart - 1]))) place += 0.3;
        int after = end;
        if (after < b && Word(text, tokens[after]) is var possessive && possessive.Length > 0 && possessive[0] is '\'' or '’') after++;
        if (after < b && tokens[after].Kind == TokenKind.Word && char.IsLower(text[tokens[after].Start]) && lexicon.PlaceAfter.Contains(Word(text, tokens[after])))
            place += 0.5;
        int orgAfter = after;
        while (orgAfter < b && orgAfter < after + 2 && tokens[orgAfter].Kind == TokenKind.Word && char.IsLower(text[tokens[orgAfter].Start])
               && lexicon.RoleModifiers.Contains(Word(text, tokens[orgAfter])) && !lexicon.OrgAfter.Contains(Word(text, tokens[orgAfter])))
            orgAfter++; // "the Viasna human rights group"
        if (orgAfter < b && tokens[orgAfter].Kind == TokenKind.Word && char.IsLower(text[tokens[orgAfter].Start]) && lexicon.OrgAfter.Contains(Word(text, tokens[orgAfter])))
            org += 0.5;
        if (end < b && lexicon.PersonAfter.Contains(Word(text, tokens[end]))) person += 0.4;
        else if (end + 1 < b && Word(text, tokens[end]) is "," && lexicon.PersonAfter.Contains(Word(text, tokens[end + 1]))) person += 0.3;
        if (count is >= 2 and <= 4 && !orgHead && !placeHead && !allCommon && !HasConnector(text, tokens, nameStart, end)) person += 0.3;
        int before = nameStart - 1;
        while (before >= a && tokens[before].Kind == TokenKind.Punctuation && text[tokens[before].Start] is '\'' or '’' or '‘' or '"' or '“' or '”') before--;
        if (before >= a && before < nameStart - 0 && char.IsLower(text[tokens[before].Start]) && lexicon.OrgBefore.Contains(Word(text, tokens[before]))) org += 0.5;
        if (NameLexicon.EndsWithAny(lastWord, lexicon.PersonSuffixes)) person += 0.35;

        bool common = single && lexicon.CommonWords.Contains(lastWord);
        double best = Math.Max(person, Math.Max(place, org));
        if (best < 0.25)
            return new NameMention(spanStart, spanLength, NameKind.Unknown, common ? 0.25 : 0.4);
        var kind = org >= place && org >= person ? NameKind.Organisation : place >= person ? NameKind.Place : NameKind.Person;
        double confidence = Math.Min(0.9, 0.35 + 0.5 * best) * (common ? 0.7 : 1.0);
        return new NameMention(spanStart, spanLength, kind, Math.Round(confidence, 2));
    }

    /// <summary>"BISHKEK, Oct 6 (Reuters) -": an all-caps word opening a line, before a date or an agency.</summary>
    private static bool IsDatelinePlace(string text, ReadOnlySpan<Token> tokens, int start, int end, int b)
    {
        bool lineStart = start == 0 || text.LastIndexOf('\n', tokens[start].Start) is var nl && text.AsSpan(nl + 1, tokens[start].Start - nl - 1).IsWhiteSpace();
        if (!lineStart || end + 1 >= b || Word(text, tokens[end]) is not ("," or "(" or "-" or "–" or "—")) return false;
        var next = Word(text, tokens[end + 1]);
        return CalendarWordsOrParen(next) || tokens[end + 1].Kind == TokenKind.Number;
    }

    private static bool CalendarWordsOrParen(ReadOnlySpan<char> w) =>
        Kurultai.Dates.CalendarWords.MonthOf(w) > 0 || Kurultai.Dates.CalendarWords.WeekdayOf(w) is not null || w is "(";

    private bool HasHead(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
            if (lexicon.OrgHeads.Contains(Word(text, tokens[k])) || lexicon.PlaceHeads.Contains(Word(text, tokens[k]))) return true;
        return false;
    }

    private static bool HasConnector(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!IsCapitalised(text, tokens[k]) && tokens[k].Kind == TokenKind.Word) return true;
        return false;
    }

    /// <summary>
    /// All-caps or all-lower-case text: capitalisation says nothing, so uncommon words are the candidates, typed
    /// only by strong cues (a title before, "city of", an organisation head), all at low confidence.
    /// </summary>
    private void FindCaseless(string text, ReadOnlySpan<Token> tokens, int a, int b, List<NameMention> found)
    {
        int i = a;
        while (i < b)
        {
            if (!IsUncommonWord(text, tokens[i])) { i++; continue; }
            int j = i + 1;
            while (j < b && (IsUncommonWord(text, tokens[j]) || lexicon.OrgHeads.Contains(Word(text, tokens[j])) && j > i)) j++;
            var kind = NameKind.Unknown;
            double confidence = 0.2;
            if (i - 1 >= a && lexicon.Titles.TryMatchEndingAt(text, tokens, i - 1, a, out _, out _)) (kind, confidence) = (NameKind.Person, 0.3);
            else if (j - i > 1 && lexicon.OrgHeads.Contains(Word(text, tokens[j - 1]))) (kind, confidence) = (NameKind.Organisation, 0.3);
            else if (i - 1 >= a && (lexicon.StrongPlaceCues.TryMatchEndingAt(text, tokens, i - 1, a, out _, out _) || lexicon.WeakPlaceCues.Contains(Word(text, tokens[i - 1]))))
                (kind, confidence) = (NameKind.Place, 0.25);
            found.Add(new NameMention(tokens[i].Start, tokens[j - 1].End - tokens[i].Start, kind, confidence));
            i = j;
        }
    }

    private bool IsUncommonWord(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length < 3) return false;
        var w = Word(text, t);
        foreach (char c in w)
            if (!char.IsLetter(c) && c is not '-' and not '‐') return false;
        return !IsCommon(w) && !lexicon.Titles.StartsWith(w) && !lexicon.RoleWords.Contains(w) && !lexicon.Demonyms.Contains(w)
            && !lexicon.OrgHeads.Contains(w) && !lexicon.PlaceHeads.Contains(w) && !IsInflectedCommon(w);
    }

    /// <summary>"protesters", "stormed": simple inflections of common words count as common.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsInflectedCommon(ReadOnlySpan<char> w)
    {
        if (w.Length > 3 && (w.EndsWith("s", StringComparison.OrdinalIgnoreCase)) && lexicon.CommonWords.Contains(w[..^1])) return true;
        if (w.Length > 5 && (w.EndsWith("ers", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ors", StringComparison.OrdinalIgnoreCase))
            && lexicon.CommonWords.Contains(w[..^3])) return true;
        if (w.Length > 4 && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("es", StringComparison.OrdinalIgnoreCase))
            && (lexicon.CommonWords.Contains(w[..^2]) || lexicon.CommonWords.Contains(w[..^1]))) return true;
        return false;
    }
}
