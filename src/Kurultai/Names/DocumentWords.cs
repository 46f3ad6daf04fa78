using Kurultai.Model;

namespace Kurultai.Names;

/// <summary>
/// How words are written across one document: which appear in lower case somewhere ("thousands") and which appear
/// capitalised away from a sentence start ("Talas"). A capitalised sentence opener is a name when the document also
/// capitalises it mid-sentence, and a common word when it also writes it in lower case.
/// </summary>
internal sealed class DocumentWords
{
    private readonly Dictionary<string, int> _lower = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _capitalisedInside = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lowerLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _insideLookup;

    public DocumentWords(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        _lowerLookup = _lower.GetAlternateLookup<ReadOnlySpan<char>>();
        _insideLookup = _capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>();
        int s = 0;
        bool first = true;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            while (s < sentences.Count && t.Start >= sentences[s].End)
            {
                s++;
                first = true;
            }
            if (t.Kind != TokenKind.Word) continue;
            var w = text.AsSpan(t.Start, t.Length);
            if (char.IsLower(w[0])) Count(_lowerLookup, w);
            else if (char.IsUpper(w[0]) && !first && !AfterOpening(text, tokens, i)
                     && !(s < sentences.Count && sentences[s].Kind == SentenceKind.Heading)) Count(_insideLookup, w);
            first = false;
        }
    }

    private static void Count(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        lookup.TryGetValue(word, out int n);
        lookup[word] = n + 1;
    }

    public bool AppearsLowerCase(ReadOnlySpan<char> word) => _lowerLookup.ContainsKey(word);

    /// <summary>True when the word is capitalised mid-sentence more often than it is written in lower case.</summary>
    public bool AppearsCapitalisedInside(ReadOnlySpan<char> word) =>
        _insideLookup.TryGetValue(word, out int inside) && inside > (_lowerLookup.TryGetValue(word, out int lower) ? lower : 0);

    /// <summary>True when the token follows an opening quote, bracket or colon (a quotation's first word).</summary>
    public static bool AfterOpening(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        if (prev.Kind == TokenKind.Word || prev.Kind == TokenKind.Number) return false;
        char c = text[prev.Start];
        return c is '"' or '“' or '‘' or '«' or ':' or '(' or '[' or '\'' || c == '”' && i > 1 && tokens[i - 2].Kind != TokenKind.Word;
    }
}
