using System.Text.RegularExpressions;

namespace Kurultai.Dates;

/// <summary>
/// The lexicon's relative phrases ("yesterday", "the following day", "recently") compiled once into one regex, with
/// each phrase's form and day offset.
/// </summary>
internal sealed class RelativePhrases
{
    private readonly Regex _regex;
    private readonly Dictionary<string, (DateForm Form, int Offset)> _phrases = new(StringComparer.OrdinalIgnoreCase);

    public RelativePhrases(DateLexicon lexicon)
    {
        Add(lexicon.AnchorDays, DateForm.AnchorDay);
        Add(lexicon.PreviousDays, DateForm.PreviousDay);
        Add(lexicon.Recent, DateForm.Recent);
        var alternation = string.Join("|", _phrases.Keys
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join("\\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        _regex = new Regex(
            alternation.Length == 0 ? "(?!)" : "(?<![\\w-])(?:" + alternation + ")(?![\\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
    }

    private void Add(IReadOnlyDictionary<string, int> phrases, DateForm form)
    {
        foreach (var (phrase, offset) in phrases)
            _phrases.TryAdd(phrase, (form, offset));
    }

    public void Find(string text, List<DateCandidate> into)
    {
        foreach (Match match in _regex.Matches(text))
        {
            var key = Regex.Replace(match.Value, "\\s+", " ");
            if (_phrases.TryGetValue(key, out var entry))
                into.Add(new DateCandidate(match.Index, match.Length, entry.Form, Amount: entry.Offset, Cue: key.ToLowerInvariant()));
        }
    }
}
