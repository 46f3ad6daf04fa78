using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Numbers;

/// <summary>The attachment facet: what a number counts, from the words around it.</summary>
public sealed partial class QuantityRecognizer
{
    private const int MaxModifiers = 4;
    private const int MaxAuxiliaries = 5;
    private const int LeftWindow = 4;
    private const int MaxAside = 8;
    private const int TollWindow = 12;

    private readonly record struct Attachment(Counted Counted, double Confidence, int CueStart, int CueLength, bool FromVerb, bool LinksNext, bool Provisional = false);

    /// <summary>What the right-hand context says: a casualty cue, a noun, a gathering verb, and whether "and" + a number follows.</summary>
    private record struct RightContext(Counted? Casualty, int CasualtyAt, int CasualtyLength, Counted? Noun, int NounAt, int NounLength,
        bool Gathering, int GatheringAt, bool LinksNext, bool Strong, int StrongAt, bool Partitive);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Attachment? Attach(string text, ImmutableArray<Token> tokens, int a, int b, NumberExpression n)
    {
        var span = tokens.AsSpan();
        int k = n.End;
        var right = new RightContext();
        if (k < b && IsGlued(span, k) && IsHyphen(text, span[k]) && k + 1 < b && span[k + 1].Kind == TokenKind.Word && IsGlued(span, k + 1))
        {
            var word = Word(text, span[k + 1]);
            int inner = word.IndexOfAny('-', '‐');
            var head = inner > 0 ? word[..inner] : word;
            if (head.Equals("strong", StringComparison.OrdinalIgnoreCase)) { right.Strong = true; right.StrongAt = k + 1; k += 2; }
            else if (lexicon.UnitsAfter.Contains(head) || lexicon.UnitsAfter.Contains(word)) return null;
            else k += 2; // "200-member", "10-storey" already left; other compounds read as modifiers
        }
        if (k < b)
        {
            var w = Word(text, span[k]);
            if (w is "%" || lexicon.UnitsAfter.Contains(w) && !(w.Equals("strong", StringComparison.OrdinalIgnoreCase))) return null;
            if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && k + 1 < b && Word(text, span[k + 1]).Equals("cent", StringComparison.OrdinalIgnoreCase)) return null;
            if (IsGlued(span, k) && span[k].Kind == TokenKind.Word && w.Length <= 2) return null; // "21st", "4pm", "5k" handled by the reader
            if (w.Equals("strong", StringComparison.OrdinalIgnoreCase)) { right.Strong = true; right.StrongAt = k; k++; }
        }
        if (!ScanPartitive(text, span, ref k, b, ref right)) return n.IsSmallWord ? null : new Attachment(Counted.Other, 0.2, -1, 0, false, false);
        ScanRight(text, span, k, b, ref right);
        var left = ScanLeft(text, span, n.First - 1, a);
        return Decide(n, right, left, tokens);
    }

    /// <summary>"dozens of protesters", "two of the protesters", "three of them were"; false for "107 of the 120" and "4 out of 6".</summary>
    private static bool ScanPartitive(string text, ReadOnlySpan<Token> span, ref int k, int b, ref RightContext right)
    {
        if (k >= b) return true;
        var w = Word(text, span[k]);
        if (w.Equals("out", StringComparison.OrdinalIgnoreCase) && k + 1 < b && Word(text, span[k + 1]).Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        if (!w.Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        int p = k + 1;
        if (p < b && (Word(text, span[p]) is var d) && (d.Equals("the", StringComparison.OrdinalIgnoreCase) || d.Equals("these", StringComparison.OrdinalIgnoreCase)
            || d.Equals("those", StringComparison.OrdinalIgnoreCase) || d.Equals("them", StringComparison.OrdinalIgnoreCase) || d.Equals("whom", StringComparison.OrdinalIgnoreCase)))
        {
            right.Partitive = true;
            p++;
        }
        if (p < b && span[p].Kind == TokenKind.Number) return false; // "107 of the 120 seats"
        k = p;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanRight(string text, ReadOnlySpan<Token> span, int k, int b, ref RightContext right)
    {
        int modifiers = 0;
        int p = k;
        while (p < b)
        {
            var t = span[p];
            if (t.Kind == TokenKind.Number) return;
            if (t.Kind != TokenKind.Word && !IsHyphen(text, t)) return;
            if (lexicon.RightCues.TryMatch(text, span, p, b, out int cn, out var casualty))
            {
                (right.Casualty, right.CasualtyAt, right.CasualtyLength) = (casualty, p, cn);
                return;
            }
            if (lexicon.Nouns.TryMatch(text, span, p, b, out int nn, out var noun))
            {
                (right.Noun, right.NounAt, right.NounLength) = (noun, p, nn);
                ScanVerb(text, span, p + nn, b, ref right);
                return;
            }
            if (lexicon.GatheringVerbs.TryMatch(text, span, p, b, out _, out _))
            {
                (right.Gathering, right.GatheringAt) = (true, p);
                return;
            }
            var w = Word(text, t);
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                if (p + 1 < b && MayStartNumber(text, span[p + 1]) && _reader.TryRead(text, span, p + 1, b, out _))
                {
                    right.LinksNext = true;
                    return;
                }
                // "killed 3 and wounded 40": a verb after "and" opens another clause
                if (p + 1 < b && (lexicon.RightCues.TryMatch(text, span, p + 1, b, out _, out _) || lexicon.GatheringVerbs.TryMatch(text, span, p + 1, b, out _, out _)
                    || lexicon.Auxiliaries.Contains(Word(text, span[p + 1]))))
                    return;
            }
            else if (lexicon.Auxiliaries.Contains(w) && modifiers == 0)
            {
                ScanVerb(text, span, p, b, ref right);
                return;
            }
            else if (w.Equals("strong", StringComparison.OrdinalIgnoreCase)) { right.Strong = true; right.StrongAt = p; }
            if (++modifiers > MaxModifiers) return;
            p++;
        }
    }

    /// <summary>After a noun: skips auxiliaries and adverbs, then reads a casualty cue or a gathering verb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanVerb(string text, ReadOnlySpan<Token> span, int p, int b, ref RightContext right)
    {
        for (int skipped = 0; p < b && skipped <= MaxAuxiliaries; skipped++)
        {
            if (lexicon.RightCues.TryMatch(text, span, p, b, out int cn, out var casualty))
            {
                (right.Casualty, right.CasualtyAt, right.CasualtyLength) = (casualty, p, cn);
                return;
            }
            if (lexicon.GatheringVerbs.TryMatch(text, span, p, b, out _, out _))
            {
                (right.Gathering, right.GatheringAt) = (true, p);
                return;
            }
            var w = Word(text, span[p]);
            if (span[p].Kind == TokenKind.Word && (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase))
                && p + 1 < b && MayStartNumber(text, span[p + 1]))
            {
                right.LinksNext = true;
                return;
            }
            if (w is "," && skipped == 0 && ClosingComma(text, span, p + 1, b) is > 0 and var after)
            {
                p = after; // "12 people, including 3 children, were killed"
                continue;
            }
            if (span[p].Kind != TokenKind.Word || !lexicon.Auxiliaries.Contains(w)) return;
            p++;
        }
    }

    /// <summary>"The death toll from clashes in the south rose to 14": a toll word earlier in the same clause.</summary>
    private (Counted Counted, int At, int Length)? TollBefore(string text, ReadOnlySpan<Token> span, int p, int a)
    {
        for (int steps = 0; p >= a && steps < TollWindow; steps++, p--)
        {
            if (span[p].Kind != TokenKind.Word) return null;
            if (lexicon.TollWords.TryMatchEndingAt(text, span, p, a, out int n, out _)) return (Counted.Dead, p - n + 1, n);
        }
        return null;
    }

    /// <summary>The token after the comma that closes a short aside ("…, including three children, were"), or -1.</summary>
    private int ClosingComma(string text, ReadOnlySpan<Token> span, int p, int b)
    {
        if (p < b && span[p].Kind == TokenKind.Word && lexicon.Auxiliaries.Contains(Word(text, span[p])) && !Word(text, span[p]).Equals("who", StringComparison.OrdinalIgnoreCase)) return p;
        for (int k = p; k < b && k < p + MaxAside; k++)
        {
            var w = Word(text, span[k]);
            if (w is "." or ";" or ":") return -1;
            if (w is "," && k + 1 < b && (lexicon.Auxiliaries.Contains(Word(text, span[k + 1])) || lexicon.RightCues.TryMatch(text, span, k + 1, b, out _, out _)))
                return k + 1;
        }
        return -1;
    }

    private (Counted Counted, int At, int Length)? ScanLeft(string text, ReadOnlySpan<Token> span, int p, int a)
    {
        if (p >= a && lexicon.TollLinks.Contains(Word(text, span[p])) && TollBefore(text, span, p - 1, a) is { } toll) return toll;
        for (int steps = 0; p >= a && steps < LeftWindow; steps++, p--)
        {
            var t = span[p];
            if (t.Kind != TokenKind.Word || IsClauseJoin(Word(text, t))) return null;
            if (lexicon.LeftCues.TryMatchEndingAt(text, span, p, a, out int n, out var counted))
                return (counted, p - n + 1, n);
        }
        return null;
    }

    private static Attachment? Decide(NumberExpression n, RightContext right, (Counted Counted, int At, int Length)? left, ImmutableArray<Token> span)
    {
        (int, int) Cue(int at, int length) => length <= 0 ? (-1, 0) : (span[at].Start, span[at + length - 1].End - span[at].Start);
        Attachment Make(Counted c, double confidence, int at, int length, bool fromVerb = false)
        {
            var (s, l) = Cue(at, length);
            return new Attachment(c, confidence, s, l, fromVerb, right.LinksNext);
        }

        if (right.Casualty is { } casualty) return Make(casualty, 0.85, right.CasualtyAt, right.CasualtyLength, fromVerb: true);
        if (left is { } l && l.Counted != Counted.Participants) return Make(l.Counted, 0.8, l.At, l.Length);
        if (right.Strong) return Make(Counted.Participants, 0.8, right.StrongAt, 1);
        if (right.Noun is Counted.Participants or Counted.Police)
            return Make(right.Noun.Value, right.Gathering ? 0.8 : 0.7, right.NounAt, right.NounLength);
        if (right.Gathering && !n.IsSmallWord) return Make(Counted.Participants, right.Noun is null ? 0.65 : 0.75, right.GatheringAt, 1);
        if (left is { } crowd) return Make(Counted.Participants, 0.7, crowd.At, crowd.Length);
        // "Seven leaders and dozens of activists were detained": kept until the shared verb is known.
        if (n.IsSmallWord && right.LinksNext) return new Attachment(Counted.Unknown, 0.2, -1, 0, false, true, Provisional: true);
        if (n.IsSmallWord || n.IsYearLike) return null;
        if (right.Noun == Counted.Other) return Make(Counted.Other, 0.2, right.NounAt, right.NounLength);
        if (right.Noun == Counted.Unknown) return Make(Counted.Unknown, 0.3, right.NounAt, right.NounLength);
        return n.IsDigits && !right.Partitive ? Make(Counted.Unknown, 0.2, 0, 0) : null;
    }

    /// <summary>Words that start a new clause: a cue before them belongs to another number ("killed, and 30 gathered").</summary>
    private static bool IsClauseJoin(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase)
        || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("whereas", StringComparison.OrdinalIgnoreCase)
        || w.Equals("when", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase)
        || w.Equals("or", StringComparison.OrdinalIgnoreCase);

    private static bool IsGlued(ReadOnlySpan<Token> span, int k) => k > 0 && span[k].Start == span[k - 1].End;

    private static bool IsHyphen(string text, Token t) => t.Length == 1 && text[t.Start] is '-' or '‐' or '‑';

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
