using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Clean;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Finds metadata written into an article's text (origin <see cref="MetaOrigin.TextPattern"/>): a title line, an
/// outlet line above it, bylines ("By Jane Doe", "**Author:** …", a name line under the title), a publication date
/// near the top ("17 May 2010", "Updated: Nov 19, 2021 October 7, 2020: …"), a "Source URL:" footer, and the
/// language (<see cref="MetaOrigin.Detected"/>).
/// </summary>
/// <remarks>
/// Metadata the format carries (front matter, HTML meta, JSON fields) wins: see <see cref="Merge"/>. When no date is
/// stated, Published stays null.
/// </remarks>
public sealed partial class MetadataExtractor(DebrisLexicon lexicon)
{
    private const int HeadLines = 14;
    private const int TailLines = 25;
    private readonly LineClassifier _classifier = new(lexicon);

    public static MetadataExtractor Default() => new(DebrisLexicon.Default);

    /// <summary>The metadata the text states; for HTML, feed and JSON bodies the title/outlet lines are not looked for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ArticleMetadata Extract(string text, SourceFormat format = SourceFormat.PlainText)
    {
        var lines = RawLine.Split(text);
        var head = HeadOf(text, lines);
        var tail = TailOf(text, lines, head);
        // HTML, feeds and JSON carry their headline outside the body: a short first paragraph there is not a title
        var (title, outlet) = format is SourceFormat.PlainText or SourceFormat.Markdown ? TitleAndOutlet(head) : (null, null);
        var url = SourceUrl(tail) ?? SourceUrl(head);
        outlet ??= FooterOutlet(tail) ?? DomainOutlet(url);
        var language = LanguageGuesser.Guess(text.AsSpan(0, Math.Min(text.Length, 8000)));
        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Authors = Authors(head, title),
            Url = url,
            Published = Published(head),
            Language = language is null ? null : new Sourced<string>(language, MetaOrigin.Detected, "stop words"),
        };
    }

    /// <summary>The format's metadata, with gaps filled from <paramref name="fallback"/>; Extra entries merged, the format's winning.</summary>
    public static ArticleMetadata Merge(ArticleMetadata format, ArticleMetadata fallback) => format with
    {
        Title = format.Title ?? fallback.Title,
        Outlet = format.Outlet ?? fallback.Outlet,
        Authors = format.Authors is { Value.IsDefaultOrEmpty: false } ? format.Authors : fallback.Authors ?? format.Authors,
        Url = format.Url ?? fallback.Url,
        Language = format.Language ?? fallback.Language,
        Published = format.Published ?? fallback.Published,
        Extra = fallback.Extra.SetItems(format.Extra),
    };

    /// <summary>A line near the top or bottom: its number (1-based), visible text, whether the cleaner keeps it, and whether it starts with '#'.</summary>
    private readonly record struct TextLine(int Number, string Visible, bool Kept, bool Hashed);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<TextLine> HeadOf(string text, List<RawLine> lines)
    {
        var head = new List<TextLine>(HeadLines);
        for (int i = 0; i < lines.Count && head.Count < HeadLines; i++)
        {
            var raw = lines[i].Of(text).Trim();
            if (raw.IsEmpty || raw.Length > 2000)
            {
                if (raw.Length > 2000) head.Add(new TextLine(i + 1, LineText.Visible(raw[..2000]), true, raw[0] == '#'));
                continue;
            }
            var verdict = _classifier.ClassifyLine(text, lines[i], out _, out var visible);
            if (verdict.Fate == LineFate.Blank)
                continue;
            head.Add(new TextLine(i + 1, visible ?? LineText.Visible(raw), verdict.Fate == LineFate.Keep, raw[0] == '#'));
        }
        return head;
    }

    // A short text's tail overlaps its head: a line in both is read once. Of the last TailLines lines only those that
    // may hold a source URL or a footer outlet are kept: a plain line (its own visible text) that cannot is skipped
    // without building its visible text.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TextLine> TailOf(string text, List<RawLine> lines, List<TextLine> head)
    {
        var tail = new List<TextLine>();
        int seen = 0;
        for (int i = lines.Count - 1; i >= 0 && seen < TailLines; i--)
        {
            var raw = lines[i].Of(text).Trim();
            if (raw.IsEmpty || raw.Length > 600)
                continue;
            seen++;
            if (LineText.IsPlain(raw) && !MayBeFooter(raw))
                continue;
            tail.Add(new TextLine(i + 1, VisibleInHead(head, i + 1) ?? LineText.Visible(raw), true, raw[0] == '#'));
        }
        tail.Reverse();
        return tail;
    }

    /// <summary>Whether a visible line can be read by <see cref="SourceUrl"/> ("http" after a label) or <see cref="FooterOutlet"/>.</summary>
    private static bool MayBeFooter(ReadOnlySpan<char> visible) =>
        visible.IndexOf("http", StringComparison.OrdinalIgnoreCase) > 0
        || visible.StartsWith("To contact the ", StringComparison.OrdinalIgnoreCase) || visible.StartsWith('©')
        || visible.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || visible.StartsWith("(c)", StringComparison.OrdinalIgnoreCase);

    private static string? VisibleInHead(List<TextLine> head, int number)
    {
        foreach (var line in head)
        {
            if (line.Number == number)
                return line.Visible;
        }
        return null;
    }

    private static Sourced<string> Found(string value, TextLine line) => new(value, MetaOrigin.TextPattern, $"line {line.Number}: {Shorten(line.Visible)}");

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static ImmutableArray<string> Names(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal)];
}
