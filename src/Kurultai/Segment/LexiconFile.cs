using System.Collections.Frozen;
using System.Reflection;

namespace Kurultai.Segment;

/// <summary>
/// A lexicon in Kurultai's plain data format: <c>[section]</c> headers, one entry a line, optional
/// <c>entry = value</c>, <c>#</c> comments, e.g. <c>[vague]</c> then <c>dozens = 12</c>.
/// </summary>
/// <remarks>
/// The defaults ship as embedded copies of <c>data/lexicons/*.txt</c>; <see cref="Load(string)"/> reads an
/// edited copy from disk instead. Entries are lower-cased; an unknown section reads as empty.
/// </remarks>
public sealed class LexiconFile
{
    private readonly FrozenDictionary<string, IReadOnlyList<(string Entry, string? Value)>> _sections;

    private LexiconFile(Dictionary<string, IReadOnlyList<(string, string?)>> sections) =>
        _sections = sections.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses lexicon text.</summary>
    public static LexiconFile Parse(string text)
    {
        var sections = new Dictionary<string, IReadOnlyList<(string, string?)>>(StringComparer.OrdinalIgnoreCase);
        List<(string, string?)>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash].TrimEnd();
            if (line.Length == 0) continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                if (!sections.TryGetValue(name, out var existing))
                    sections[name] = existing = new List<(string, string?)>();
                current = (List<(string, string?)>)existing;
                continue;
            }
            if (current is null) continue;
            int eq = line.IndexOf('=');
            if (eq > 0)
                current.Add((line[..eq].Trim().ToLowerInvariant(), line[(eq + 1)..].Trim()));
            else
                current.Add((line.ToLowerInvariant(), null));
        }
        return new LexiconFile(sections);
    }

    /// <summary>Reads a lexicon file from disk.</summary>
    public static LexiconFile Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads one of the lexicons embedded in the library (copies of <c>data/lexicons</c>), e.g. "quantities.txt".</summary>
    public static LexiconFile Embedded(string fileName) => Parse(EmbeddedText(fileName));

    internal static string EmbeddedText(string fileName)
    {
        var assembly = typeof(LexiconFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("Kurultai.Lexicons." + fileName)
            ?? throw new InvalidOperationException($"Embedded lexicon {fileName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads <paramref name="fileName"/> from <paramref name="directory"/> when given, else the embedded copy.</summary>
    public static LexiconFile From(string? directory, string fileName) =>
        directory is null ? Embedded(fileName) : Load(Path.Combine(directory, fileName));

    public IReadOnlyList<(string Entry, string? Value)> Section(string name) =>
        _sections.TryGetValue(name, out var entries) ? entries : [];

    public IEnumerable<string> Entries(string name) => Section(name).Select(e => e.Entry);

    public WordSet Words(params string[] sections) => new(sections.SelectMany(Entries).Where(e => !e.Contains(' ')));

    public PhraseTable<T> Phrases<T>(string section, T value) => new(Entries(section).Select(e => (e, value)));

    public IEnumerable<string> SectionNames => _sections.Keys;

    internal static Assembly Assembly => typeof(LexiconFile).Assembly;
}
