using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Numbers;

/// <summary>
/// The single-victim facet: "a 19-year-old man was killed" → 1 Dead; "He has been badly beaten" → 1 Injured (low
/// confidence); "Sherniyazov was arrested" → 1 Arrested. FORMAT.md: a single named victim counts one.
/// </summary>
public sealed partial class QuantityRecognizer
{
    private const int MaxSingleModifiers = 5;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindSingleVictims(string text, ImmutableArray<Token> tokens, int a, int b, List<Found> found)
    {
        var span = tokens.AsSpan();
        for (int i = a; i < b; i++)
        {
            var t = span[i];
            if (t.Kind != TokenKind.Word) continue;
            var w = Word(text, t);
            int subjectEnd;
            double confidence;
            if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                if (!SingularNounAfter(text, span, i + 1, b, out subjectEnd)) continue;
                confidence = 0.55;
            }
            else if (lexicon.Pronouns.Contains(w) && AtClauseStart(text, span, i, a))
            {
                subjectEnd = i + 1;
                confidence = 0.35;
            }
            else if (char.IsUpper(w[0]) && i > a && i + 1 < b && IsSingularAux(Word(text, span[i + 1])))
            {
                subjectEnd = i + 1;
                confidence = 0.4;
            }
            else continue;

            var right = new RightContext();
            if (subjectEnd >= b || !IsSingularAux(Word(text, span[subjectEnd]))) continue;
            ScanVerb(text, span, subjectEnd, b, ref right);
            if (right.Casualty is not { } casualty) continue;
            int start = span[i].Start, end = span[subjectEnd - 1].End;
            if (Overlaps(found, start, end)) continue;
            var cue = span[right.CasualtyAt];
            var cueEnd = span[right.CasualtyAt + right.CasualtyLength - 1].End;
            found.Add(new Found(new Quantity(start, end - start, 1, null, casualty, confidence, cue.Start, cueEnd - cue.Start), true, -1));
            i = subjectEnd;
        }
        found.Sort((x, y) => x.Quantity.Start.CompareTo(y.Quantity.Start));
    }

    private static bool Overlaps(List<Found> found, int start, int end)
    {
        foreach (var f in found)
            if (f.Quantity.Start < end && start < f.Quantity.Start + f.Quantity.Length) return true;
        return false;
    }

    /// <summary>"[19-year-old | young | unidentified …] man": up to five modifiers then a singular person noun.</summary>
    private bool SingularNounAfter(string text, ReadOnlySpan<Token> span, int p, int b, out int end)
    {
        end = p;
        for (int m = 0; p < b && m <= MaxSingleModifiers; m++)
        {
            if (lexicon.SingularPersons.TryMatch(text, span, p, b, out int n, out _))
            {
                end = p + n;
                return true;
            }
            var t = span[p];
            bool modifier = t.Kind == TokenKind.Number || IsHyphen(text, t)
                || t.Kind == TokenKind.Word && !lexicon.Auxiliaries.Contains(Word(text, t));
            if (!modifier) return false;
            p++;
        }
        return false;
    }

    private static bool AtClauseStart(string text, ReadOnlySpan<Token> span, int i, int a)
    {
        if (i == a) return true;
        var prev = Word(text, span[i - 1]);
        return prev is "," or ";" or ":" or "–" or "—" || prev.Equals("and", StringComparison.OrdinalIgnoreCase) || prev.Equals("but", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSingularAux(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("has", StringComparison.OrdinalIgnoreCase)
        || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("is", StringComparison.OrdinalIgnoreCase);

    /// <summary>In "7 leaders and dozens of activists were detained" the second count's verb also applies to the first.</summary>
    private static void LinkCoordinated(List<Found> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var f = found[k];
            if (f.LinkedTo != k + 1 || f.Quantity.Counted is not (Counted.Unknown or Counted.Other or Counted.Participants)) continue;
            var next = found[k + 1];
            if (!next.FromVerb || next.Quantity.Counted is not (Counted.Dead or Counted.Injured or Counted.Arrested)) continue;
            found[k] = f with
            {
                Quantity = f.Quantity with { Counted = next.Quantity.Counted, Confidence = 0.6, CountedStart = next.Quantity.CountedStart, CountedLength = next.Quantity.CountedLength },
                FromVerb = true,
                Provisional = false,
            };
        }
        found.RemoveAll(f => f.Provisional);
    }
}
