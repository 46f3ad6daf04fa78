using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kurultai.Model;

namespace Kurultai.Tests.Events;

/// <summary>
/// Builds a document with hand-made layers for event coder tests: sentences split naively (paragraphs on blank
/// lines, "## " headings and "7 May 10.15" timestamps start sections), then dates, places, actors and quantities
/// added by phrase.
/// </summary>
internal sealed partial class DocBuilder
{
    private readonly string _text;
    private readonly string _id;
    private DocumentAnchor _anchor;
    private readonly List<DateMention> _dates = [];
    private readonly List<PlaceMention> _places = [];
    private readonly List<ActorMention> _actors = [];
    private readonly List<Quantity> _quantities = [];

    public DocBuilder(string text, string anchor = "2021-05-10", string id = "t1")
    {
        _text = text;
        _id = id;
        _anchor = new DocumentAnchor(D(anchor), AnchorOrigin.Published, "test");
    }

    public DocBuilder NoAnchor()
    {
        _anchor = DocumentAnchor.None;
        return this;
    }

    public DocBuilder Date(string phrase, string date, DatePrecision precision = DatePrecision.Day, string? end = null,
        bool timestamp = false, int occurrence = 1, string rule = "test")
    {
        var (start, length) = Find(phrase, occurrence);
        _dates.Add(new DateMention(start, length, D(date), end is null ? null : D(end), precision, 0.9, rule, IsTimestamp: timestamp));
        return this;
    }

    public DocBuilder Place(string phrase, GazetteerEntry entry, int occurrence = 1)
    {
        var (start, length) = Find(phrase, occurrence);
        _places.Add(new PlaceMention(start, length, entry, 0.9, [], "test"));
        return this;
    }

    public DocBuilder Actor(string phrase, string name, ActorKind kind, string? country = "GE", int occurrence = 1)
    {
        var (start, length) = Find(phrase, occurrence);
        _actors.Add(new ActorMention(start, length, name.ToLowerInvariant(), name, kind, country, 0.9));
        return this;
    }

    public DocBuilder Quantity(string phrase, long min, Counted counted, long? max = null, bool vague = false, int occurrence = 1)
    {
        var (start, length) = Find(phrase, occurrence);
        _quantities.Add(new Quantity(start, length, min, max, counted, 0.9, Vague: vague));
        return this;
    }

    public Document Build() => Document.FromText(_text, _id) with
    {
        Sentences = Sentences(_text),
        Anchor = _anchor,
        Dates = [.. _dates.OrderBy(d => d.Start)],
        Places = [.. _places.OrderBy(p => p.Start)],
        Actors = [.. _actors.OrderBy(a => a.Start)],
        Quantities = [.. _quantities.OrderBy(q => q.Start)],
        Layers = Layer.CleanText | Layer.Sentences | Layer.Dates | Layer.Quantities | Layer.Names | Layer.Places | Layer.Actors,
    };

    private (int Start, int Length) Find(string phrase, int occurrence)
    {
        int at = -1;
        for (int n = 0; n < occurrence; n++)
        {
            at = _text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0)
                throw new ArgumentException($"'{phrase}' (#{occurrence}) is not in the text");
        }
        return (at, phrase.Length);
    }

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ImmutableArray<Sentence> Sentences(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int paragraph = 0, section = 0;
        foreach (Match block in Blocks().Matches(text))
        {
            var kind = block.Value.StartsWith("## ", StringComparison.Ordinal) ? SentenceKind.Heading
                : Stamp().IsMatch(block.Value) ? SentenceKind.Timestamp : SentenceKind.Body;
            if (kind != SentenceKind.Body)
            {
                section++;
                result.Add(new Sentence(block.Index, block.Length, kind, paragraph++, section));
                continue;
            }
            foreach (Match s in SentenceText().Matches(block.Value))
                result.Add(new Sentence(block.Index + s.Index, s.Length, SentenceKind.Body, paragraph, section));
            paragraph++;
        }
        return result.ToImmutable();
    }

    [GeneratedRegex(@"[^\n]+(?:\n(?!\n)[^\n]+)*")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"\S.*?(?:[.!?](?=\s|$)|$)", RegexOptions.Singleline)]
    private static partial Regex SentenceText();

    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{1,2}[.:]\d\d$")]
    private static partial Regex Stamp();
}

/// <summary>Gazetteer entries of a real country, for tests that need coordinates and regions.</summary>
internal static class Geo
{
    public static readonly GazetteerEntry Tbilisi = new(1, "Tbilisi", "Tbilisi", "GE", 41.69, 44.83, FeatureType.Capital, 1_100_000);
    public static readonly GazetteerEntry Kutaisi = new(2, "Kutaisi", "Imereti", "GE", 42.27, 42.70, FeatureType.City, 150_000);
    public static readonly GazetteerEntry Batumi = new(3, "Batumi", "Adjara", "GE", 41.64, 41.63, FeatureType.City, 150_000);
    public static readonly GazetteerEntry Zugdidi = new(4, "Zugdidi", "Samegrelo-Zemo Svaneti", "GE", 42.51, 41.87, FeatureType.City, 40_000);
    public static readonly GazetteerEntry Imereti = new(5, "Imereti", "Imereti", "GE", 42.20, 42.90, FeatureType.Admin1, 500_000);
    public static readonly GazetteerEntry Georgia = new(6, "Georgia", "", "GE", 42.00, 43.50, FeatureType.Country, 3_700_000);
}
