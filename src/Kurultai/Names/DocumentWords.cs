using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Names;

/// <summary>
/// How words are written across one document: which appear in lower case somewhere ("thousands") and which appear
/// capitalised away from a sentence start ("Talas"). A capitalised sentence opener is a name when the document also
/// capitalises it mid-sentence, and a common word when it also writes it in lower case.
/// </summary>
/// <remarks>Words are kept as 64-bit case-folded hashes, so counting them allocates no strings.</remarks>
internal sealed class DocumentWords
{
    private readonly Dictionary<long, int> _lower;
    private readonly Dictionary<long, int> _capitalisedInside;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DocumentWords(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        // Only capitalised words are ever asked about, so a lower-case word is counted only when the document also
        // writes it capitalised: first the capitalised words (and a quick filter of their lengths and first letters),
        // then the lower-case ones that pass it.
        var capitalised = new HashSet<long>(tokens.Length / 8);
        Span<ulong> shapes = stackalloc ulong[64];
        _capitalisedInside = new Dictionary<long, int>(tokens.Length / 12);
        int s = 0;
        bool first = true;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            while (s < sentences.Length && t.Start >= sentences[s].End)
            {
                s++;
                first = true;
            }
            if (t.Kind != TokenKind.Word) continue;
            char c = text[t.Start];
            if (char.IsUpper(c))
            {
                var word = text.AsSpan(t.Start, t.Length);
                long hash = Hash(word);
                capitalised.Add(hash);
                shapes[Math.Min(t.Length, 63)] |= 1UL << (Fold(c) & 63);
                if (!first && !AfterOpening(text, tokens, i) && !(s < sentences.Length && sentences[s].Kind == SentenceKind.Heading))
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_capitalisedInside, hash, out _)++;
            }
            first = false;
        }
        _lower = new Dictionary<long, int>(capitalised.Count);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            char c = text[t.Start];
            if ((shapes[Math.Min(t.Length, 63)] & (1UL << (Fold(c) & 63))) == 0 || !char.IsLower(c)) continue;
            long hash = Hash(text.AsSpan(t.Start, t.Length));
            if (capitalised.Contains(hash))
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_lower, hash, out _)++;
        }
    }

    /// <summary>FNV-1a over the lower-cased characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long Hash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            h ^= Fold(c);
            h *= 1099511628211UL;
        }
        return (long)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => (uint)(c - 'A') < 26 ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);

    public bool AppearsLowerCase(ReadOnlySpan<char> word) => _lower.ContainsKey(Hash(word));

    /// <summary>True when the word is capitalised mid-sentence more often than it is written in lower case.</summary>
    public bool AppearsCapitalisedInside(ReadOnlySpan<char> word)
    {
        long key = Hash(word);
        return _capitalisedInside.TryGetValue(key, out int inside) && inside > _lower.GetValueOrDefault(key);
    }

    /// <summary>True when the token follows an opening quote, bracket, colon or semicolon (a quotation's or clause's first word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AfterOpening(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        if (prev.Kind == TokenKind.Word || prev.Kind == TokenKind.Number) return false;
        char c = text[prev.Start];
        return c is '"' or '“' or '‘' or '«' or ':' or ';' or '(' or '[' or '\'' or '–' or '—' || c == '-' && i > 1 && tokens[i - 1].Start > tokens[i - 2].End
            || c == '”' && i > 1 && tokens[i - 2].Kind != TokenKind.Word;
    }
}
