using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Names;

/// <summary>
/// Finds every candidate proper name with its span, a best guess of its kind and a confidence, and the title or role
/// attached to a person: "President Kurmanbek Bakiyev" → Person "Kurmanbek Bakiyev", role "President";
/// "the State Committee for National Security" → Organisation; "the northern city of Talas" → Place.
/// </summary>
/// <remarks>
/// Runs of capitalised words (joined by "of"/"for"/"and" inside organisation names, by particles such as "de" in
/// personal names) are typed from their heads ("Commission", "Region"), the words around them ("in", "regional",
/// "said", ", leader of"), surname and place-name endings, and, at the end, from the other mentions of the same
/// word in the document. A capitalised sentence opener that is a common word ("Thousands") is not a name; a
/// possessive is left out of the span ("Bakiyev's" → "Bakiyev"). Title-case headings keep only uncommon words; an
/// all-caps or all-lower-case document falls back to uncommon words with cues, at low confidence. Places are not
/// looked up in a gazetteer here: that is the place resolver's job.
/// </remarks>
public sealed partial class NameRecognizer(NameLexicon lexicon) : IStage
{
    public NameRecognizer() : this(NameLexicon.Default) { }

    public Layer Requires => Layer.Sentences | Layer.Tokens;
    public Layer Provides => Layer.Names;

    public Document Run(Document document) => document with { Names = Find(document) };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ImmutableArray<NameMention> Find(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var found = new List<NameMention>(tokens.Length / 6 + 4);
        var mode = CaseMode(text, tokens.AsSpan());
        DocumentWords? words = null;
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Length && tokens[t].Start < sentence.Start) t++;
            int a = t;
            while (t < tokens.Length && tokens[t].Start < sentence.End) t++;
            if (a == t) continue;
            if (mode != TextCase.Normal) FindCaseless(text, tokens.AsSpan(), a, t, found);
            else if (IsTitleCase(text, tokens.AsSpan(), a, t)) FindInSentence(text, tokens, a, t, found, words ??= new(text, tokens.AsSpan(), document.Sentences.AsSpan()), titleCase: true);
            else FindInSentence(text, tokens, a, t, found, words ??= new(text, tokens.AsSpan(), document.Sentences.AsSpan()), titleCase: false);
        }
        Propagate(text, found);
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return [.. found];
    }

    private enum TextCase
    {
        Normal,
        AllCaps,
        Lower,
    }

    /// <summary>All caps when most words are upper case throughout; lower case when almost no word is capitalised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TextCase CaseMode(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, allCaps = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || !char.IsLetter(text[t.Start])) continue;
            words++;
            if (!char.IsUpper(text[t.Start])) continue;
            capitalised++;
            if (t.Length > 1 && char.IsUpper(text[t.End - 1])) allCaps++;
        }
        if (words >= 5 && allCaps > 0.6 * words) return TextCase.AllCaps;
        if (words >= 20 && capitalised < 0.01 * words) return TextCase.Lower;
        return TextCase.Normal;
    }

    /// <summary>
    /// A headline in Title Case: no lower-case word longer than four letters, and at least three capitalised common
    /// words after the first ("Rival Factions Continue To Vie For Power In Kyrgyzstan").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsTitleCase(string text, ReadOnlySpan<Token> tokens, int a, int b)
    {
        int capitalisedCommon = 0;
        bool first = true;
        for (int i = a; i < b; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var w = Word(text, tokens[i]);
            bool upper = char.IsUpper(w[0]);
            if (!upper && w.Length > 4) return false;
            if (upper && !first && w.Length > 2 && !IsAcronym(w) && IsCommon(w)) capitalisedCommon++;
            first = false;
        }
        return capitalisedCommon >= 3;
    }

    /// <summary>A name that another, more confident mention of the same word in the document types better.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Propagate(string text, List<NameMention> found)
    {
        var known = new Dictionary<long, (NameKind Kind, double Confidence)>(found.Count);
        foreach (var m in found)
        {
            if (m.Kind == NameKind.Unknown || m.Confidence < 0.6) continue;
            var surface = text.AsSpan(m.Start, m.Length);
            Remember(known, DocumentWords.Hash(surface), m.Kind, m.Confidence);
            if (m.Kind != NameKind.Person) continue;
            foreach (var range in surface.Split(' '))
            {
                var part = surface[range];
                if (part.Length > 2 && char.IsUpper(part[0])) Remember(known, DocumentWords.Hash(part), m.Kind, m.Confidence - 0.1);
            }
        }
        if (known.Count == 0) return;
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            if (m.Confidence >= 0.6) continue;
            if (known.TryGetValue(DocumentWords.Hash(text.AsSpan(m.Start, m.Length)), out var best) && (best.Kind != m.Kind || best.Confidence > m.Confidence))
                found[k] = m with { Kind = best.Kind, Confidence = Math.Max(m.Confidence, 0.6) };
        }
    }

    private static void Remember(Dictionary<long, (NameKind, double)> known, long key, NameKind kind, double confidence)
    {
        if (!known.TryGetValue(key, out var existing) || existing.Item2 < confidence) known[key] = (kind, confidence);
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    private static bool IsCapitalised(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);
}
