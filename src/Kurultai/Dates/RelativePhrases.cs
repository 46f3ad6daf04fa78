using System.Text.RegularExpressions;
using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>
/// The lexicon's relative phrases ("yesterday", "the following day", "recently") compiled once into one regex, with
/// each phrase's form and day offset.
/// </summary>
internal sealed class RelativePhrases
{
    private readonly Regex _regex;
    private readonly Dictionary<string, (DateForm Form, int Offset, string Phrase)> _phrases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (DateForm Form, int Offset, string Phrase)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordSet _words;
    private readonly WordSet _firstWords;

    public RelativePhrases(DateLexicon lexicon)
    {
        Add(lexicon.AnchorDays, DateForm.AnchorDay);
        Add(lexicon.PreviousDays, DateForm.PreviousDay);
        Add(lexicon.Recent, DateForm.Recent);
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new WordSet(_phrases.Keys.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));
        _words = new WordSet(_phrases.Keys.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w is not ("the" or "that" or "over" or "few" or "same" or "past")));
        var alternation = string.Join("|", _phrases.Keys
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join("\\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        _regex = new Regex(
            alternation.Length == 0 ? "(?!)" : "\\G(?<![\\w-])(?:" + alternation + ")(?![\\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
    }

    private void Add(IReadOnlyDictionary<string, int> phrases, DateForm form)
    {
        foreach (var (phrase, offset) in phrases)
            _phrases.TryAdd(phrase, (form, offset, phrase.ToLowerInvariant()));
    }

    /// <summary>True when <paramref name="word"/> occurs in some phrase (a cheap test before trying the pattern).</summary>
    public bool IsTrigger(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>Tries the phrases at the token starts up to three tokens before <paramref name="t"/>.</summary>
    public void TryAt(string text, ReadOnlySpan<Token> tokens, int t, List<DateCandidate> into)
    {
        if (DateCandidateFinder.TryAt(_regex, text, tokens, t, 3, _firstWords) is not { } match) return;
        if (_lookup.TryGetValue(match.ValueSpan, out var entry) || _phrases.TryGetValue(DateCandidateFinder.Normal(match.Value), out entry))
            into.Add(new DateCandidate(match.Index, match.Length, entry.Form, Amount: entry.Offset, Cue: entry.Phrase));
    }
}
