using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Numbers;

/// <summary>A number expression read from tokens: "at least 5,000", "several hundred", "two hundred", "50-60".</summary>
/// <param name="First">The first token (the qualifier's, if any).</param>
/// <param name="End">The token after the expression.</param>
/// <param name="Core">The first token of the number itself (after the qualifier).</param>
/// <param name="IsSmallWord">True for "one", "a"/"an" and other number words below ten: counted only with a clear cue.</param>
/// <param name="IsYearLike">Four digits between 1800 and 2100 without separators: probably a year.</param>
internal readonly record struct NumberExpression(
    int First, int End, int Core, long Min, long? Max, bool Vague, bool IsSmallWord, bool IsYearLike, bool IsDigits);

/// <summary>
/// Reads the number expression that starts at a token: an optional qualifier, then digits with an optional scale
/// and range ("1.5 million", "50-60", "between 50 and 60"), a vague amount ("dozens", "several hundred",
/// "tens of thousands") or number words ("two hundred and fifty", "a thousand").
/// </summary>
internal sealed class NumberReader(QuantityLexicon lexicon)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, int end, out NumberExpression expression)
    {
        expression = default;
        int j = i;
        QualifierKind? qualifier = null;
        if (lexicon.Qualifiers.TryMatch(text, tokens, i, end, out int qn, out var q))
        {
            qualifier = q;
            j = i + qn;
        }
        if (j >= end) return false;
        int core = j;
        long min;
        long? max = null;
        bool vague = false, small = false, yearLike = false, digits = false;
        if (tokens[j].Kind == TokenKind.Number)
        {
            if (!TryDigitsWithScale(text, tokens, ref j, end, out min)) return false;
            digits = true;
            var coreSpan = Span(text, tokens[core]);
            yearLike = j == core + 1 && coreSpan.Length == 4 && min is >= 1800 and <= 2100;
            // A range: "50-60", "50 to 60", "between 50 and 60"
            if (j + 1 < end && IsRangeJoin(text, tokens[j]) && tokens[j + 1].Kind == TokenKind.Number)
            {
                int k = j + 1;
                if (TryDigitsWithScale(text, tokens, ref k, end, out long high) && high > min)
                {
                    max = high;
                    j = k;
                }
            }
        }
        else if (lexicon.VagueMultipliers.TryMatch(text, tokens, j, end, out int mn, out long multiplier)
                 && j + mn < end && ScaleOf(Span(text, tokens[j + mn])) is > 0 and var scale)
        {
            min = multiplier * scale;
            vague = true;
            j += mn + 1;
        }
        else if (lexicon.Vague.TryMatch(text, tokens, j, end, out int vn, out long vagueValue))
        {
            min = vagueValue;
            vague = true;
            j += vn;
        }
        else if (!TryWords(text, tokens, ref j, end, out min, out small)) return false;

        if (qualifier == QualifierKind.Maximum && max is null) max = min;
        expression = new NumberExpression(i, j, core, min, max, vague, small, yearLike, digits);
        return true;
    }

    private static bool IsRangeJoin(string text, Token t)
    {
        var s = Span(text, t);
        return s is "-" or "–" or "—" || s.Equals("to", StringComparison.OrdinalIgnoreCase) || s.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryDigitsWithScale(string text, ReadOnlySpan<Token> tokens, ref int j, int end, out long value)
    {
        value = 0;
        if (!NumberWords.TryDigits(Span(text, tokens[j]), out decimal d) || d > 1_000_000_000_000m) return false;
        int next = j + 1;
        if (next < end && tokens[next].Kind == TokenKind.Word && NumberWords.Scale(Span(text, tokens[next])) is > 0 and var scale
            && (scale >= 100 || tokens[next].Start == tokens[j].End))
        {
            d *= scale;
            next++;
        }
        if (d != decimal.Truncate(d) || d > long.MaxValue / 2) return false;
        value = (long)d;
        j = next;
        return true;
    }

    /// <summary>Number words: "five", "twenty-five", "two hundred and fifty thousand", "a thousand".</summary>
    private static bool TryWords(string text, ReadOnlySpan<Token> tokens, ref int j, int end, out long value, out bool small)
    {
        long total = 0, current = 0;
        int k = j;
        bool any = false;
        small = false;
        while (k < end && tokens[k].Kind == TokenKind.Word)
        {
            var w = Span(text, tokens[k]);
            int units = NumberWords.Units(w);
            long scale = NumberWords.Scale(w);
            if (units >= 0 && (current % 100 == 0 || units < 10 && current % 10 == 0 && current % 100 >= 20))
            {
                current += units;
                any = true;
            }
            else if (scale >= 100 && w.Length > 1)
            {
                if (!any) break; // a bare "hundred" is not a number here
                if (total + current > 1_000_000_000_000) break;
                if (scale == 100) current = Math.Max(current, 1) * 100;
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
                any = true;
            }
            else if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && !any
                     && k + 1 < end && NumberWords.Scale(Span(text, tokens[k + 1])) >= 100)
            {
                current = 1;
                any = true;
                small = false;
                k++;
                continue;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && any && current % 100 == 0 && (total + current) >= 100
                     && k + 1 < end && NumberWords.Units(Span(text, tokens[k + 1])) > 0)
            {
                k++;
                continue;
            }
            else break;
            k++;
        }
        value = total + current;
        if (!any) return false;
        small = value < 10;
        j = k;
        return true;
    }

    private static long ScaleOf(ReadOnlySpan<char> w) =>
        w.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 12 : NumberWords.Scale(w) is >= 100 and var s ? s : 0;

    private static ReadOnlySpan<char> Span(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
