using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Numbers;

/// <summary>
/// Finds numbers in the text and what they count, each with its span and the span of the word that says what is
/// counted: "killing at least 12 protesters" → min 12, Dead; "around 60 people wounded" → 60, Injured;
/// "Thousands of protesters gathered" → 1000, Participants, vague; "a 19-year-old man was killed" → 1, Dead.
/// </summary>
/// <remarks>
/// Ages, durations, percentages, money, ordinals, labels ("No 1", "top 20"), times and numbers inside dates are not
/// reported; counted things ("5 cities", "107 of the 120 seats") are <see cref="Counted.Other"/> with low confidence.
/// What is counted comes from, in order: a casualty cue after the number or its noun ("four dead", "were
/// injured"); one before it ("killing", "the death toll rose to"); a crowd's shape ("5,000-strong", "a crowd of");
/// the noun with its verb ("people gathered" → Participants, "protesters", "police officers"). In "7 leaders and
/// dozens of activists were detained" the verb of the second count also applies to the first.
/// </remarks>
public sealed partial class QuantityRecognizer(QuantityLexicon lexicon) : IStage
{
    private readonly NumberReader _reader = new(lexicon);

    public QuantityRecognizer() : this(QuantityLexicon.Default) { }

    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Dates;
    public Layer Provides => Layer.Quantities;

    public Document Run(Document document) => document with { Quantities = Find(document) };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ImmutableArray<Quantity> Find(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var output = ImmutableArray.CreateBuilder<Quantity>();
        var found = new List<Found>();
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Length && tokens[t].Start < sentence.Start) t++;
            int a = t;
            while (t < tokens.Length && tokens[t].Start < sentence.End) t++;
            found.Clear();
            FindInSentence(text, tokens, a, t, document.Dates, found);
            LinkCoordinated(found);
            FindSingleVictims(text, tokens, a, t, found);
            foreach (var f in found) output.Add(f.Quantity);
        }
        output.Sort((x, y) => x.Start.CompareTo(y.Start));
        return output.DrainToImmutable();
    }

    /// <summary>A quantity being built, with the token after its noun phrase when "and" + another number follows.</summary>
    private sealed record Found(Quantity Quantity, bool FromVerb, int LinkedTo, bool Provisional = false);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindInSentence(string text, ImmutableArray<Token> tokens, int a, int b, ImmutableArray<DateMention> dates, List<Found> found)
    {
        int i = a;
        while (i < b)
        {
            if (!MayStartNumber(text, tokens[i]) || !_reader.TryRead(text, tokens.AsSpan(), i, b, out var number))
            {
                i++;
                continue;
            }
            if (InsideDate(dates, tokens[number.Core].Start) || IsLabelled(text, tokens, a, number))
            {
                i = number.End;
                continue;
            }
            if (Attach(text, tokens, a, b, number) is { } attached)
            {
                var first = tokens[number.First];
                var last = tokens[number.End - 1];
                var q = new Quantity(first.Start, last.End - first.Start, number.Min, number.Max, attached.Counted,
                    attached.Confidence * (number.Vague ? 0.9 : 1.0), attached.CueStart, attached.CueLength, number.Vague);
                found.Add(new Found(q, attached.FromVerb, attached.LinksNext ? found.Count + 1 : -1, attached.Provisional));
            }
            i = number.End;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MayStartNumber(string text, Token token)
    {
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind != TokenKind.Word) return false;
        var w = text.AsSpan(token.Start, token.Length);
        if (lexicon.NumberStarters.Contains(w)) return true;
        int hyphen = w.IndexOf('-');
        return hyphen > 0 && NumberWords.Units(w) >= 0; // "twenty-five"
    }

    private static bool InsideDate(ImmutableArray<DateMention> dates, int offset)
    {
        int lo = 0, hi = dates.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var d = dates[mid];
            if (offset < d.Start) hi = mid - 1;
            else if (offset >= d.Start + d.Length) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>"No 1", "top 20", "$30", "#5": a label, rank or amount rather than a count.</summary>
    private bool IsLabelled(string text, ImmutableArray<Token> tokens, int sentenceStart, NumberExpression number)
    {
        int before = number.First - 1;
        if (before < sentenceStart) return false;
        var prev = tokens[before];
        var w = text.AsSpan(prev.Start, prev.Length);
        if (prev.Kind == TokenKind.Symbol || w is "$" or "€" or "£" or "#" or "¥" or "₽") return true;
        if (w is "." && before - 1 >= sentenceStart && lexicon.LabelsBefore.Contains(text.AsSpan(tokens[before - 1].Start, tokens[before - 1].Length))) return true;
        return prev.Kind == TokenKind.Word && lexicon.LabelsBefore.Contains(w);
    }
}
