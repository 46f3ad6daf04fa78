using System.Runtime.CompilerServices;
using Kurultai.Segment;

namespace Kurultai.Names;

/// <summary>
/// The name recogniser's cue words: person titles ("President", "Mr"), role nouns and their modifiers ("exiled
/// opposition leader"), organisation and place heads ("Commission", "Region"), place cues before and after a name
/// ("the city of", "in", "regional"), person cues ("said"), surname and place-name endings ("-yev", "-stan"),
/// demonyms, and the common English words that tell a sentence opener from a name.
/// </summary>
/// <remarks>Loaded from <c>data/lexicons/names.txt</c> and <c>common-words.txt</c> (embedded by default).</remarks>
public sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> s_default = new(() =>
        From(LexiconFile.Embedded("names.txt"), LexiconFile.Embedded("common-words.txt")));

    private NameLexicon(LexiconFile names, LexiconFile common)
    {
        Titles = names.Phrases("person-title", true);
        RoleWords = names.Words("role-word");
        RoleModifiers = names.Words("role-modifier");
        OrgHeads = names.Words("org-head");
        PlaceHeads = names.Words("place-head");
        OrgBefore = names.Words("org-before");
        OrgAfter = names.Words("org-after");
        EventHeads = names.Words("event-head");
        StrongPlaceCues = names.Phrases("place-before-strong", true);
        WeakPlaceCues = names.Words("place-before-weak");
        PlaceAfter = names.Words("place-after");
        PersonAfter = names.Words("person-after");
        PersonSuffixes = [.. names.Entries("person-suffix").OrderByDescending(s => s.Length)];
        PlaceSuffixes = [.. names.Entries("place-suffix").OrderByDescending(s => s.Length)];
        Demonyms = names.Words("demonym");
        NotNames = names.Words("not-name");
        PlaceAcronyms = names.Words("acronym-place");
        NonNameAcronyms = names.Words("acronym-not-name");
        CommonWords = common.Words("common");
        Connectors = new WordSet(["of", "for", "and", "the", "de", "du", "da", "di", "del", "della", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn", "in", "on", "&"]);
        NameParticles = new WordSet(["de", "du", "da", "di", "del", "della", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn"]);
        Determiners = new WordSet(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);
    }

    public static NameLexicon Default => s_default.Value;

    public static NameLexicon From(LexiconFile names, LexiconFile commonWords) => new(names, commonWords);

    public static NameLexicon Load(string directory) =>
        From(LexiconFile.From(directory, "names.txt"), LexiconFile.From(directory, "common-words.txt"));

    public PhraseTable<bool> Titles { get; }
    public WordSet RoleWords { get; }
    public WordSet RoleModifiers { get; }
    public WordSet OrgHeads { get; }
    public WordSet PlaceHeads { get; }

    /// <summary>Lower-case nouns right before a name that make it an organisation: "the opposition party Ata Meken".</summary>
    public WordSet OrgBefore { get; }

    /// <summary>Lower-case nouns right after a name that make it an organisation: "the Atajurt movement".</summary>
    public WordSet OrgAfter { get; }

    /// <summary>Words that make a run the name of an event: "Tulip Revolution".</summary>
    public WordSet EventHeads { get; }
    public PhraseTable<bool> StrongPlaceCues { get; }
    public WordSet WeakPlaceCues { get; }
    public WordSet PlaceAfter { get; }
    public WordSet PersonAfter { get; }
    public IReadOnlyList<string> PersonSuffixes { get; }
    public IReadOnlyList<string> PlaceSuffixes { get; }
    public WordSet Demonyms { get; }
    public WordSet NotNames { get; }
    public WordSet PlaceAcronyms { get; }
    public WordSet NonNameAcronyms { get; }
    public WordSet CommonWords { get; }

    /// <summary>Lower-case words that may join the parts of an organisation's name: "State Committee for National Security".</summary>
    public WordSet Connectors { get; }

    /// <summary>Particles inside personal names: "Charles de Gaulle", "Ludwig van Beethoven".</summary>
    public WordSet NameParticles { get; }

    public WordSet Determiners { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool EndsWithAny(ReadOnlySpan<char> word, IReadOnlyList<string> suffixes, int minStem = 3)
    {
        foreach (var suffix in suffixes)
            if (word.Length >= suffix.Length + minStem && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
