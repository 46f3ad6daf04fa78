using System.Collections.Immutable;
using System.Globalization;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Segment;

/// <summary>
/// Cuts the cleaned text into words, numbers and punctuation, e.g. "Bakiyev's 5,000 pro-government supporters" →
/// <c>Bakiyev</c> <c>'s</c> <c>5,000</c> <c>pro-government</c> <c>supporters</c>.
/// </summary>
/// <remarks>
/// Hyphenated and apostrophe words stay whole ("Jalal-Abad", "don't"); a possessive <c>'s</c> (also <c>’’s</c>) is its
/// own token so names exclude it; initialisms keep their dots ("U.S."); numbers keep inner separators ("5,000",
/// "1.5", "15:11"); every other character is a one-character punctuation or symbol token.
/// </remarks>
public sealed class Tokenizer : IStage
{
    public Layer Requires => Layer.CleanText;
    public Layer Provides => Layer.Tokens;

    public Document Run(Document document) => document with { Tokens = Tokenize(document.Text) };

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 5));
        var s = text.AsSpan();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (IsLetter(c))
            {
                i = WordEnd(s, i);
                builder.Add(new Token(start, i - start, TokenKind.Word));
                if (PossessiveLength(s, i) is > 0 and var p)
                {
                    builder.Add(new Token(i, p, TokenKind.Word));
                    i += p;
                }
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < s.Length && (char.IsDigit(s[i]) || (IsNumberJoiner(s[i]) && i + 1 < s.Length && char.IsDigit(s[i + 1]))))
                    i++;
                builder.Add(new Token(start, i - start, TokenKind.Number));
            }
            else
            {
                i++;
                var kind = char.IsSymbol(c) || c is '%' or '#' or '&' or '@' ? TokenKind.Symbol : TokenKind.Punctuation;
                builder.Add(new Token(start, 1, kind));
            }
        }
        return builder.DrainToImmutable();
    }

    internal static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsNumberJoiner(char c) => c is ',' or '.' or ':';

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    internal static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        int start = i;
        if (InitialismEnd(s, i) is > 0 and var initialismEnd) return initialismEnd;
        while (i < s.Length)
        {
            char c = s[i];
            if (IsLetter(c) || char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            bool joinsNext = i > start && i + 1 < s.Length && (IsLetter(s[i + 1]) || char.IsDigit(s[i + 1]));
            if (joinsNext && (IsHyphen(c) || (IsApostrophe(c) && PossessiveLength(s, i) == 0)))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>The end of an initialism such as "U.S." or "a.m." starting at <paramref name="i"/>, else 0.</summary>
    private static int InitialismEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i, letters = 0;
        while (j + 1 < s.Length && IsLetter(s[j]) && s[j + 1] == '.')
        {
            letters++;
            j += 2;
            if (j >= s.Length || !IsLetter(s[j])) break;
            if (j + 1 >= s.Length || !IsLetter(s[j + 1]) && s[j + 1] != '.')
            {
                letters++; // "U.S" without its final dot
                j++;
                break;
            }
            if (s[j + 1] != '.') return 0; // "A.Smith": an initial glued to a word
        }
        return letters >= 2 ? j : 0;
    }

    /// <summary>Length of a possessive <c>'s</c> (or <c>’’s</c>) at <paramref name="i"/>, else 0.</summary>
    private static int PossessiveLength(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && IsApostrophe(s[j]) && j - i < 2) j++;
        if (j == i || j >= s.Length || (s[j] != 's' && s[j] != 'S')) return 0;
        if (j + 1 < s.Length && IsLetter(s[j + 1])) return 0;
        return j + 1 - i;
    }
}
