namespace Kurultai.Segment;

/// <summary>
/// What the sentence splitter knows about periods that do not end sentences: titles ("Gen."), months ("Oct. 5"),
/// number labels ("No. 1"), other abbreviations ("U.S.", "etc.") and the words that typically open a sentence.
/// </summary>
/// <remarks>Loaded from <c>data/lexicons/abbreviations.txt</c> (embedded by default).</remarks>
public sealed class SegmentLexicon
{
    private static readonly Lazy<SegmentLexicon> s_default = new(() => From(LexiconFile.Embedded("abbreviations.txt")));

    public SegmentLexicon(WordSet titles, WordSet months, WordSet numberLabels, WordSet other, WordSet openers)
    {
        Titles = titles;
        Months = months;
        NumberLabels = numberLabels;
        Other = other;
        Openers = openers;
    }

    /// <summary>The embedded default (a copy of <c>data/lexicons/abbreviations.txt</c>), loaded once.</summary>
    public static SegmentLexicon Default => s_default.Value;

    public static SegmentLexicon From(LexiconFile file) => new(
        file.Words("title"), file.Words("month"), file.Words("number"), file.Words("other"), file.Words("opener"));

    /// <summary>Loads <c>abbreviations.txt</c> from a lexicon directory.</summary>
    public static SegmentLexicon Load(string directory) => From(LexiconFile.From(directory, "abbreviations.txt"));

    public WordSet Titles { get; }
    public WordSet Months { get; }
    public WordSet NumberLabels { get; }
    public WordSet Other { get; }
    public WordSet Openers { get; }
}
