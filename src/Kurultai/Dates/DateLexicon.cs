using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>
/// The date recogniser's words: relative phrases with their day offsets ("yesterday" = −1 from the anchor,
/// "the following day" = +1 from the previous date), vague recency ("recently"), labels that mark publication or
/// update dates, future cues, and the nouns that make a four-digit number a count ("2000 people").
/// </summary>
/// <remarks>Loaded from <c>data/lexicons/dates.txt</c> (embedded by default).</remarks>
public sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> s_default = new(() => From(LexiconFile.Embedded("dates.txt")));

    public DateLexicon(
        IReadOnlyDictionary<string, int> anchorDays,
        IReadOnlyDictionary<string, int> previousDays,
        IReadOnlyDictionary<string, int> recent,
        IReadOnlyList<string> publicationLabels,
        IReadOnlyList<string> updateLabels,
        IReadOnlyList<string> futureCues,
        WordSet countNouns)
    {
        AnchorDays = anchorDays;
        PreviousDays = previousDays;
        Recent = recent;
        PublicationLabels = publicationLabels;
        UpdateLabels = updateLabels;
        FutureCues = futureCues;
        CountNouns = countNouns;
    }

    public static DateLexicon Default => s_default.Value;

    public static DateLexicon Load(string directory) => From(LexiconFile.From(directory, "dates.txt"));

    public static DateLexicon From(LexiconFile file) => new(
        Offsets(file, "anchor-day"), Offsets(file, "previous-day"), Offsets(file, "recent"),
        [.. file.Entries("publication-label")], [.. file.Entries("update-label")],
        [.. file.Entries("future-cue")], file.Words("count-noun"));

    /// <summary>Phrases relative to the anchor or live-blog section date, with their day offsets.</summary>
    public IReadOnlyDictionary<string, int> AnchorDays { get; }

    /// <summary>Phrases relative to the previous resolved date in the text, with their day offsets.</summary>
    public IReadOnlyDictionary<string, int> PreviousDays { get; }

    /// <summary>Vague recency phrases with how many days back the span starts.</summary>
    public IReadOnlyDictionary<string, int> Recent { get; }

    public IReadOnlyList<string> PublicationLabels { get; }
    public IReadOnlyList<string> UpdateLabels { get; }
    public IReadOnlyList<string> FutureCues { get; }
    public WordSet CountNouns { get; }

    private static Dictionary<string, int> Offsets(LexiconFile file, string section)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, value) in file.Section(section))
            if (int.TryParse(value, out int offset)) map[entry] = offset;
        return map;
    }
}
