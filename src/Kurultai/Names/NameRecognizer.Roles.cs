using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Names;

/// <summary>The role facet: titles and roles before, after and around a name.</summary>
public sealed partial class NameRecognizer
{
    /// <summary>True when every word of the run is a title, role or role modifier: "Prime Minister", "Regional Governor".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsRoleOnly(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var w = Word(text, tokens[k]);
            if (tokens[k].Kind != TokenKind.Word) continue;
            if (!(lexicon.RoleWords.Contains(w) || lexicon.RoleModifiers.Contains(w) || lexicon.Titles.StartsWith(w))) return false;
        }
        return true;
    }

    /// <summary>The text of a run that is only a title ("Prime Minister"), for an appositive name after it.</summary>
    private string? TitleOnly(string text, ReadOnlySpan<Token> tokens, int start, int end) =>
        IsRoleOnly(text, tokens, start, end) ? text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start) : null;

    /// <summary>The role words before a name: "exiled opposition leader, Edil Baisalov" → "exiled opposition leader".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? RoleBefore(string text, ReadOnlySpan<Token> tokens, int a, int start)
    {
        int p = start - 1;
        if (p >= a && Word(text, tokens[p]) is ",") p--;
        int last = p, first = -1;
        bool hasRole = false;
        for (int n = 0; p >= a && n < MaxRoleWords; n++, p--)
        {
            var t = tokens[p];
            var w = Word(text, t);
            if (t.Kind != TokenKind.Word) break;
            bool role = lexicon.RoleWords.Contains(w);
            if (!role && !lexicon.RoleModifiers.Contains(w)) break;
            if (!hasRole && !role) break; // the role noun comes last: "opposition leader"
            hasRole |= role;
            first = p;
        }
        return hasRole && first >= 0 ? text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start) : null;
    }

    /// <summary>An appositive role after a name: "Bolot Sherniyazov, leader of …", "Roza Otunbayeva, Foreign Minister under …".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? RoleAfter(string text, ReadOnlySpan<Token> tokens, int end, int b)
    {
        if (end >= b || Word(text, tokens[end]) is not ",") return null;
        int p = end + 1;
        while (p < b && lexicon.Determiners.Contains(Word(text, tokens[p]))) p++;
        if (p < b && lexicon.Titles.TryMatch(text, tokens, p, b, out int tn, out _) && IsCapitalised(text, tokens[p]))
            return text.Substring(tokens[p].Start, tokens[p + tn - 1].End - tokens[p].Start);
        int first = p;
        for (int n = 0; p < b && n < MaxRoleWords; n++, p++)
        {
            var w = Word(text, tokens[p]);
            if (lexicon.RoleWords.Contains(w))
            {
                // "leader of the opposition": the role noun ends it unless a modifier noun follows ("party leader")
                if (p + 1 < b && lexicon.RoleWords.Contains(Word(text, tokens[p + 1]))) continue;
                return text.Substring(tokens[first].Start, tokens[p].End - tokens[first].Start);
            }
            if (!lexicon.RoleModifiers.Contains(w)) return null;
        }
        return null;
    }
}
