using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// The words and clause punctuation of one sentence, as spans into the document text, e.g. "Police didn't fire." →
/// [Police] [didn't] [fire] [.]. Apostrophes and hyphens inside a word stay in it; a possessive "'s" is not part
/// of the word's key ("Governor's" → "Governor").
/// </summary>
public sealed class SentenceWords
{
    /// <summary>A token in eight bytes: where it starts, how long it is, whether it ends in a possessive "'s" (not
    /// part of its key), and whether it is a word (else one punctuation mark).</summary>
    private readonly struct Piece(int start, int length, bool possessive, bool word)
    {
        private readonly int _start = start;
        private readonly int _shape = length << 2 | (possessive ? 2 : 0) | (word ? 1 : 0);

        public int Start => _start;
        public int Length => _shape >> 2;
        public int KeyLength => (_shape & 2) != 0 ? Length - 2 : Length;
        public bool Word => (_shape & 1) != 0;
    }

    [ThreadStatic]
    private static List<Piece>? s_scratch;

    private readonly string _text;
    private readonly Piece[] _tokens;

    public SentenceWords(string text, Span span)
    {
        _text = text;
        Span = span;
        var tokens = s_scratch ??= new List<Piece>(64);
        tokens.Clear();
        Tokenize(text, span, tokens);
        _tokens = [.. tokens];
    }

    private static void Tokenize(string text, Span span, List<Piece> _tokens)
    {
        int end = Math.Min(span.End, text.Length);
        int i = Math.Max(0, span.Start);
        while (i < end)
        {
            char c = text[i];
            if (IsLetterOrDigit(c))
            {
                int start = i;
                while (i < end && (IsLetterOrDigit(text[i])
                    || (IsJoiner(text[i]) && i + 1 < end && IsLetterOrDigit(text[i + 1]) && i > start)))
                    i++;
                int length = i - start;
                bool possessive = length > 2 && (text[i - 1] == 's' || text[i - 1] == 'S') && IsApostrophe(text[i - 2]);
                _tokens.Add(new Piece(start, length, possessive, true));
            }
            else
            {
                if (IsClausePunctuation(c))
                    _tokens.Add(new Piece(i, 1, false, false));
                i++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    public Span Span { get; }

    private bool[]? _masked;

    /// <summary>Hides the words inside the spans from the lexicon (the "May" of "6 May 2021" is not a modal).</summary>
    public void Mask(IEnumerable<Span> spans)
    {
        _cueMasks = null;
        foreach (var span in spans)
            Mask(span);
    }

    /// <summary>Hides the words inside the dates' spans from the lexicon.</summary>
    public void Mask(ReadOnlySpan<DateMention> dates)
    {
        _cueMasks = null;
        foreach (var date in dates)
            Mask(date.Span);
    }

    private void Mask(Span span)
    {
        for (int i = IndexAt(span.Start); i < _tokens.Length && _tokens[i].Start < span.End; i++)
        {
            if (span.Start < _tokens[i].Start + _tokens[i].Length)
                (_masked ??= new bool[_tokens.Length])[i] = true;
        }
    }

    /// <summary>True when the token lies in a masked span.</summary>
    public bool IsMasked(int index) => _masked is not null && _masked[index];

    public int Count => _tokens.Length;

    public bool IsWord(int index) => _tokens[index].Word;

    public int Start(int index) => _tokens[index].Start;

    public int End(int index) => _tokens[index].Start + _tokens[index].Length;

    /// <summary>The token's text as compared with the lexicon: possessive "'s" removed, curly apostrophes straightened.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Key(int index)
    {
        var token = _tokens[index];
        return _text.AsSpan(token.Start, token.KeyLength);
    }

    /// <summary>The token's key as a lower-case string (for cold paths).</summary>
    /// <summary>True when the token is one of the words (case-insensitive; no allocation).</summary>
    public bool Is(int index, params ReadOnlySpan<string> options)
    {
        if (index < 0 || index >= _tokens.Length || !_tokens[index].Word)
            return false;
        var key = Key(index);
        foreach (var option in options)
            if (key.Equals(option, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>True when the token equals a lexicon word (case-insensitive, curly apostrophes straightened).</summary>
    public bool Matches(int index, string word)
    {
        var key = Key(index);
        return key.Equals(word, StringComparison.OrdinalIgnoreCase)
            || (key.IndexOf('’') >= 0 && key.ToString().Replace('’', '\'').Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    public string Lower(int index)
    {
        _lower ??= new string?[_tokens.Length];
        return _lower[index] ??= Key(index).ToString().Replace('’', '\'').ToLowerInvariant();
    }

    private string?[]? _lower;
    private ulong[]? _cueMasks;
    private ulong _cueMask;
    private CueTable? _cueTable;

    /// <summary>For each token, the cue sets with a phrase starting there (computed once per sentence).</summary>
    public ulong[] CueMasks(CueTable table)
    {
        if (_cueMasks is null || !ReferenceEquals(_cueTable, table))
        {
            _cueTable = table;
            _cueMask = 0;
            _cueMasks = table.Masks(this);
            foreach (var m in _cueMasks)
                _cueMask |= m;
        }
        return _cueMasks;
    }

    /// <summary>The cue sets with a phrase anywhere in the sentence.</summary>
    public ulong CueMask(CueTable table)
    {
        CueMasks(table);
        return _cueMask;
    }

    public char Punctuation(int index) => _tokens[index].Word ? '\0' : _text[_tokens[index].Start];

    /// <summary>True when a clause ends between two tokens: punctuation such as ',', ';', '–', or the word "but".</summary>
    public bool IsBoundary(int index) =>
        !_tokens[index].Word ? !IsQuote(_text[_tokens[index].Start])
        : Key(index).Equals("but", StringComparison.OrdinalIgnoreCase) || Key(index).Equals("while", StringComparison.OrdinalIgnoreCase);

    private static bool IsQuote(char c) => c is '"' or '“' or '”';

    /// <summary>The index of the token that contains or follows an offset.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_tokens[mid].Start + _tokens[mid].Length > offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The words of a phrase (for building lexicons).</summary>
    public static string[] Split(string phrase)
    {
        var words = new SentenceWords(phrase, new Span(0, phrase.Length));
        return [.. Enumerable.Range(0, words.Count).Select(words.Lower)];
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‘';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsClausePunctuation(char c) =>
        c is ',' or ';' or ':' or '–' or '—' or '(' or ')' or '"' or '“' or '”' or '?' or '!' or '.' or '[' or ']';
}
