using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Numbers;

/// <summary>What a qualifier does to the number after it.</summary>
public enum QualifierKind
{
    Minimum,
    Maximum,
    Approximate,
}

/// <summary>
/// The quantity recogniser's words: qualifiers ("at least", "up to"), vague amounts ("dozens" = 12), the cue words of
/// each counted kind on either side of the number ("four dead", "killing 12"), people nouns, gathering verbs, and the
/// units and labels that make a number something other than a count of people ("19-year-old", "No 1").
/// </summary>
/// <remarks>Loaded from <c>data/lexicons/quantities.txt</c> (embedded by default).</remarks>
public sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> s_default = new(() => From(LexiconFile.Embedded("quantities.txt")));

    private QuantityLexicon(LexiconFile file)
    {
        Qualifiers = new PhraseTable<QualifierKind>(
            file.Entries("qualifier-min").Select(e => (e, QualifierKind.Minimum))
                .Concat(file.Entries("qualifier-max").Select(e => (e, QualifierKind.Maximum)))
                .Concat(file.Entries("qualifier-approx").Select(e => (e, QualifierKind.Approximate))));
        Vague = Valued(file, "vague");
        VagueMultipliers = Valued(file, "vague-multiplier");
        RightCues = new PhraseTable<Counted>(
            file.Entries("dead-right").Select(e => (e, Counted.Dead))
                .Concat(file.Entries("injured-right").Select(e => (e, Counted.Injured)))
                .Concat(file.Entries("arrested-right").Select(e => (e, Counted.Arrested))));
        LeftCues = new PhraseTable<Counted>(
            file.Entries("dead-left").Select(e => (e, Counted.Dead))
                .Concat(file.Entries("injured-left").Select(e => (e, Counted.Injured)))
                .Concat(file.Entries("arrested-left").Select(e => (e, Counted.Arrested)))
                .Concat(file.Entries("crowd-left").Select(e => (e, Counted.Participants))));
        Nouns = new PhraseTable<Counted>(
            file.Entries("police-noun").Select(e => (e, Counted.Police))
                .Concat(file.Entries("participant-noun").Select(e => (e, Counted.Participants)))
                .Concat(file.Entries("people-noun").Select(e => (e, Counted.Unknown)))
                .Concat(file.Entries("thing-noun").Select(e => (e, Counted.Other))));
        GatheringVerbs = file.Phrases("gathering-verb", true);
        Auxiliaries = file.Words("auxiliary");
        UnitsAfter = file.Words("unit-after");
        LabelsBefore = file.Words("not-count-before");
        SingularPersons = file.Phrases("singular-person", true);
        Pronouns = file.Words("pronoun-subject");
        TollWords = file.Phrases("toll-word", true);
        TollLinks = file.Words("toll-link");
        string[] numberWords =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "a", "an", "tens", "hundreds", "thousands", "several", "few",
        ];
        NumberStarters = new WordSet(numberWords
            .Concat(FirstWords(file, "qualifier-min", "qualifier-max", "qualifier-approx", "vague", "vague-multiplier")));
    }

    private static IEnumerable<string> FirstWords(LexiconFile file, params string[] sections) =>
        sections.SelectMany(file.Entries).Select(e => e.Split(' ')[0]);

    /// <summary>Words that can open a number expression: number words, qualifiers' and vague amounts' first words.</summary>
    public WordSet NumberStarters { get; }

    public static QuantityLexicon Default => s_default.Value;

    public static QuantityLexicon From(LexiconFile file) => new(file);

    public static QuantityLexicon Load(string directory) => From(LexiconFile.From(directory, "quantities.txt"));

    public PhraseTable<QualifierKind> Qualifiers { get; }

    /// <summary>Vague amounts: "dozens" → 12, "tens of thousands" → 10000.</summary>
    public PhraseTable<long> Vague { get; }

    /// <summary>Vague words that multiply a following scale: "several hundred" → 3 × 100.</summary>
    public PhraseTable<long> VagueMultipliers { get; }

    /// <summary>Casualty cues after the number or its noun: "dead", "were killed", "wounded", "detained".</summary>
    public PhraseTable<Counted> RightCues { get; }

    /// <summary>Cues before the number: "killing", "death toll", "injuring", "arrested", "crowd of".</summary>
    public PhraseTable<Counted> LeftCues { get; }

    /// <summary>Nouns after the number: police (Police), protesters (Participants), people (Unknown), cities (Other).</summary>
    public PhraseTable<Counted> Nouns { get; }

    public PhraseTable<bool> GatheringVerbs { get; }
    public WordSet Auxiliaries { get; }
    public WordSet UnitsAfter { get; }
    public WordSet LabelsBefore { get; }
    public PhraseTable<bool> SingularPersons { get; }
    public WordSet Pronouns { get; }

    /// <summary>"toll", "death toll": a casualty total named further back in the clause.</summary>
    public PhraseTable<bool> TollWords { get; }

    /// <summary>"to", "at", "reached": the words that tie a number to a toll ("rose to 14").</summary>
    public WordSet TollLinks { get; }

    private static PhraseTable<long> Valued(LexiconFile file, string section) =>
        new(file.Section(section).Where(e => long.TryParse(e.Value, out _)).Select(e => (e.Entry, long.Parse(e.Value!))));
}
