using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Names;

/// <summary>The run facet: capitalised word runs, sentence openers, titles and roles.</summary>
public sealed partial class NameRecognizer
{
    private const int MaxRoleWords = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindInSentence(string text, ImmutableArray<Token> tokenArray, int a, int b, List<NameMention> found, DocumentWords words, bool titleCase)
    {
        var tokens = tokenArray.AsSpan();
        int firstWord = a;
        while (firstWord < b && tokens[firstWord].Kind != TokenKind.Word) firstWord++;
        string? pendingRole = null;
        int pendingRoleEnd = -1;
        int sentenceFirst = found.Count;
        int i = a;
        while (i < b)
        {
            var token = tokens[i];
            if (!IsCapitalised(text, token) || titleCase && IsCommon(Word(text, token)) && !IsAcronym(Word(text, token)))
            {
                if (token.Kind == TokenKind.Word && !titleCase) HyphenatedName(text, token, found);
                i++;
                continue;
            }
            int j = ExtendRun(text, tokens, i, b, titleCase);
            int start = i;
            // A sentence opener that is a common word is not part of a name ("Thousands", "The", "Former").
            if ((start == firstWord || DocumentWords.AfterOpening(text, tokens, start)) && !lexicon.Titles.TryMatch(text, tokens, start, j, out _, out _)
                && !(lexicon.RoleModifiers.Contains(Word(text, tokens[start])) && start + 1 < j && lexicon.Titles.StartsWith(Word(text, tokens[start + 1])))
                && IsOpenerWord(Word(text, tokens[start]), words))
            {
                HyphenatedName(text, tokens[start], found);
                start++;
            }
            while (start < j && IsLeadingNoise(Word(text, tokens[start]))) start++;
            if (start > i && j - start == 1 && IsCommon(Word(text, tokens[start]))) start = j; // "A Central executive committee"
            int end = j;
            while (end > start && (lexicon.NotNames.Contains(Word(text, tokens[end - 1])) || tokens[end - 1].Kind != TokenKind.Word)) end--;
            if (start < end)
            {
                var mention = Classify(text, tokens, a, b, start, end, pendingRoleEnd >= a && start == pendingRoleEnd + 1 && Word(text, tokens[pendingRoleEnd]) is "," ? pendingRole : null);
                if (mention is { } m)
                {
                    found.Add(titleCase ? m with { Confidence = m.Confidence * 0.8 } : m);
                    pendingRole = null;
                }
                else if (TitleOnly(text, tokens, start, end) is { } role)
                {
                    (pendingRole, pendingRoleEnd) = (role, end);
                }
            }
            i = j;
        }
        ShareKindInLists(text, found, sentenceFirst);
    }

    /// <summary>"in Naryn, Isykkul and Batken": names listed together share the kind the list's confident members have.</summary>
    private static void ShareKindInLists(string text, List<NameMention> found, int from)
    {
        int groupStart = from;
        for (int k = from; k <= found.Count; k++)
        {
            bool joined = k < found.Count && k > groupStart && IsListGap(text, found[k - 1].Start + found[k - 1].Length, found[k].Start);
            if (joined) continue;
            bool hasAnd = false;
            for (int g = groupStart + 1; g < k; g++)
                hasAnd |= IsAndGap(text, found[g - 1].Start + found[g - 1].Length, found[g].Start);
            if (k - groupStart >= 2 && hasAnd)
            {
                var kind = NameKind.Unknown;
                for (int g = groupStart; g < k; g++)
                    if (found[g].Kind is NameKind.Place or NameKind.Person && found[g].Confidence >= 0.5) { kind = found[g].Kind; break; }
                if (kind != NameKind.Unknown)
                    for (int g = groupStart; g < k; g++)
                        if (found[g].Kind == NameKind.Unknown && found[g].Confidence >= 0.3) found[g] = found[g] with { Kind = kind, Confidence = 0.5 };
            }
            groupStart = k;
        }
    }

    private static bool IsListGap(string text, int from, int to)
    {
        if (to <= from) return false;
        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "," or "and" or "or" or ", and" or ", or" or "&";
    }

    private static bool IsAndGap(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).Trim() is "and" or "or" or ", and" or ", or" or "&";

    /// <summary>Extends a run of capitalised words; joins "of"/"for"/"and" inside organisation names and name particles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ExtendRun(string text, ReadOnlySpan<Token> tokens, int i, int b, bool titleCase)
    {
        bool hasHead = IsHead(Word(text, tokens[i]));
        bool hasOf = false;
        int j = i + 1;
        while (j < b)
        {
            var t = tokens[j];
            var w = Word(text, t);
            if (IsCapitalised(text, t) && !(titleCase && IsCommon(w) && !IsAcronym(w)))
            {
                hasHead |= IsHead(w);
                j++;
                continue;
            }
            if (IsPossessive(w) && j + 1 < b && IsCapitalised(text, tokens[j + 1]) && OrgHeadAhead(text, tokens, j + 1, b)
                && lexicon.CommonWords.Contains(Word(text, tokens[j - 1])))
            {
                j++; // "United People's Movement", "Prosecutor's Office"
                continue;
            }
            if (w is "." && t.Start == tokens[j - 1].End && tokens[j - 1].Length == 1 && j + 1 < b && IsCapitalised(text, tokens[j + 1]))
            {
                j++; // an initial: "A. Atambaev"
                continue;
            }
            if (t.Kind == TokenKind.Word && !IsCapitalised(text, t) && j + 1 < b)
            {
                int next = j + 1;
                bool ofThe = (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase))
                    && Word(text, tokens[next]).Equals("the", StringComparison.OrdinalIgnoreCase) && next + 1 < b;
                if (ofThe) next++;
                if (IsCapitalised(text, tokens[next]))
                {
                    bool particle = lexicon.NameParticles.Contains(w) && !hasHead;
                    bool connector = hasHead && (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)
                        || w.Equals("on", StringComparison.OrdinalIgnoreCase) || (hasOf && (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase))));
                    if (particle || connector)
                    {
                        hasOf |= connector;
                        j = next;
                        continue;
                    }
                }
            }
            break;
        }
        return j;
    }

    private bool IsHead(ReadOnlySpan<char> w) => lexicon.OrgHeads.Contains(w);

    private static bool IsPossessive(ReadOnlySpan<char> w) => w.Length >= 2 && w[0] is '\'' or '’' && (w[^1] is 's' or 'S');

    private bool OrgHeadAhead(string text, ReadOnlySpan<Token> tokens, int p, int b)
    {
        for (int k = p; k < b && k < p + 3 && IsCapitalised(text, tokens[k]); k++)
            if (lexicon.OrgHeads.Contains(Word(text, tokens[k]))) return true;
        return false;
    }


    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsCommon(ReadOnlySpan<char> w) =>
        lexicon.CommonWords.Contains(w) || lexicon.Determiners.Contains(w) || lexicon.NotNames.Contains(w) || lexicon.Connectors.Contains(w)
        || IsInflectedCommon(w) || HyphenPrefixCommon(w);

    /// <summary>"Anti-interim", "Pro-government": a hyphenated word whose first part is a common prefix or word.</summary>
    private bool HyphenPrefixCommon(ReadOnlySpan<char> w)
    {
        int hyphen = w.IndexOfAny('-', '‐');
        return hyphen > 0 && lexicon.CommonWords.Contains(w[..hyphen]) || hyphen > 0 && w[..hyphen] is "Anti" or "Pro" or "Ex" or "Non" or "Post" or "Pre" or "Neo" or "anti" or "pro" or "ex";
    }

    /// <summary>A capitalised sentence opener that is a common word, unless the document capitalises it mid-sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsOpenerWord(ReadOnlySpan<char> w, DocumentWords words)
    {
        if (lexicon.Determiners.Contains(w) || lexicon.NotNames.Contains(w) || w.Length == 1) return true;
        if (words.AppearsCapitalisedInside(w)) return false;
        return IsCommon(w) || words.AppearsLowerCase(w);
    }

    private bool IsLeadingNoise(ReadOnlySpan<char> w) =>
        lexicon.Determiners.Contains(w) || lexicon.NotNames.Contains(w);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /// <summary>"pro-Bakiyev", "anti-Putin": the capitalised part of a lower-case hyphenated word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HyphenatedName(string text, Token token, List<NameMention> found)
    {
        var w = Word(text, token);
        int hyphen = w.Length - 1;
        while (hyphen >= 0 && w[hyphen] is not ('-' or '‐')) hyphen--; // words are short: a plain loop beats a vectorised search
        if (hyphen <= 0 || hyphen + 2 >= w.Length || !char.IsUpper(w[hyphen + 1])) return;
        found.Add(new NameMention(token.Start + hyphen + 1, w.Length - hyphen - 1, NameKind.Unknown, 0.35));
    }
}
