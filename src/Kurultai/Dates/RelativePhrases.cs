using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>
/// The lexicon's relative phrases ("yesterday", "the following day", "recently"), matched word by word on the
/// tokens around a trigger, with each phrase's form and day offset.
/// </summary>
internal sealed class RelativePhrases
{
    private const int Back = 3;
    private readonly PhraseTable<(DateForm Form, int Offset, string Phrase)> _phrases;
    private readonly WordSet _words;

    public RelativePhrases(DateLexicon lexicon)
    {
        var entries = new List<(string, (DateForm, int, string))>();
        Add(entries, lexicon.AnchorDays, DateForm.AnchorDay);
        Add(entries, lexicon.PreviousDays, DateForm.PreviousDay);
        Add(entries, lexicon.Recent, DateForm.Recent);
        _phrases = new PhraseTable<(DateForm, int, string)>(entries);
        _words = new WordSet(entries.SelectMany(e => e.Item1.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w is not ("the" or "that" or "over" or "few" or "same" or "past")));
    }

    private static void Add(List<(string, (DateForm, int, string))> entries, IReadOnlyDictionary<string, int> phrases, DateForm form)
    {
        foreach (var (phrase, offset) in phrases)
        {
            var normal = string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            entries.Add((normal, (form, offset, normal)));
        }
    }

    /// <summary>True when <paramref name="word"/> occurs in some phrase (a cheap test before matching).</summary>
    public bool IsTrigger(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The phrase that starts at most three tokens before <paramref name="t"/> and covers it, earliest start first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void TryAt(string text, ReadOnlySpan<Token> tokens, int t, List<DateCandidate> into)
    {
        for (int s = Math.Max(0, t - Back); s <= t; s++)
        {
            if (!_phrases.TryMatch(text, tokens, s, Math.Min(tokens.Length, s + Back + 3), out int n, out var entry) || s + n <= t) continue;
            if (s > 0 && tokens[s].Start == tokens[s - 1].End && tokens[s - 1].Kind == TokenKind.Word) continue; // glued to a word before
            int start = tokens[s].Start, end = tokens[s + n - 1].End;
            into.Add(new DateCandidate(start, end - start, entry.Form, Amount: entry.Offset, Cue: entry.Phrase));
            return;
        }
    }
}
