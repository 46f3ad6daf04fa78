using System.Text.RegularExpressions;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Dates;

/// <summary>
/// Sets the date relative expressions resolve against: the publication date from metadata; else, from the text, a
/// date labelled as published, a dateline near the top ("17 May 2010" on its own line, "October 7, 2020: …"), or the
/// latest explicit full date, moved forward to the latest live-blog timestamp when the blog runs later.
/// </summary>
/// <remarks>
/// Dates labelled "Updated"/"Modified" are used only when nothing else is found; dates in a future context
/// ("scheduled for 5 June 2011") never are. Without any date that carries a year the anchor is unknown.
/// </remarks>
public sealed class AnchorResolver(DateLexicon lexicon) : IStage
{
    private const int DatelineSlack = 30;
    private readonly Regex _future = WordsRegex(lexicon.FutureCues);
    private readonly Regex _updated = WordsRegex(lexicon.UpdateLabels);
    private readonly Regex _published = WordsRegex(lexicon.PublicationLabels);

    public AnchorResolver() : this(DateLexicon.Default) { }

    public Layer Requires => Layer.Sentences | Layer.Tokens;
    public Layer Provides => Layer.Anchor;

    public Document Run(Document document) => document with { Anchor = Resolve(document) };

    public DocumentAnchor Resolve(Document document)
    {
        if (document.Metadata.Published is { } published)
            return new DocumentAnchor(published.Value, AnchorOrigin.Published, $"publication date from metadata ({published.Origin})");
        var dates = FullDates(document.Text, document.Tokens);
        var chosen =
            dates.Where(d => d.Label == "published").Select(d => ((FullDate?)d, "date labelled as publication")).FirstOrDefault();
        chosen = chosen.Item1 is null ? dates.Where(d => d.Dateline && d.Label != "updated").Select(d => ((FullDate?)d, "dateline near the top")).FirstOrDefault() : chosen;
        chosen = chosen.Item1 is null ? dates.Where(d => d.Label != "updated" && !d.Future).OrderByDescending(d => d.Date).Select(d => ((FullDate?)d, "latest explicit date in the text")).FirstOrDefault() : chosen;
        chosen = chosen.Item1 is null ? dates.Where(d => d.Label == "updated").OrderByDescending(d => d.Date).Select(d => ((FullDate?)d, "only an update date in the text")).FirstOrDefault() : chosen;
        if (chosen.Item1 is not { } found) return DocumentAnchor.None with { How = "no date with a year in the text" };

        var anchor = new DocumentAnchor(found.Date, AnchorOrigin.InferredFromContent, $"{chosen.Item2}: {Show(found.Date)}");
        var stamps = TimestampReader.Read(document.Text, document.Sentences);
        if (stamps.Count == 0) return anchor;
        var latest = TimestampReader.Resolve(stamps, found.Date)
            .Select(s => s.Correction ?? s.Date).Where(d => d is not null).Max();
        return latest is { } l && l > found.Date
            ? anchor with { Date = l, How = $"latest live-blog timestamp: {Show(l)} (year from {Show(found.Date)})" }
            : anchor;
    }

    private readonly record struct FullDate(int Start, DateOnly Date, string Label, bool Dateline, bool Future);

    private List<FullDate> FullDates(string text, System.Collections.Immutable.ImmutableArray<Token> tokens)
    {
        var found = new List<(int Start, int Length, DateOnly Date)>();
        var span = tokens.AsSpan();
        for (int t = 0; t < span.Length; t++)
        {
            var w = text.AsSpan(span[t].Start, span[t].Length);
            if (span[t].Kind == TokenKind.Number)
            {
                if (w.Length == 4 && t + 1 < span.Length && text[span[t + 1].Start] == '-'
                    && DateCandidateFinder.TryAt(DatePatterns.Iso(), text, span, t, 0) is { } iso
                    && DateMath.Make(int.Parse(iso.Groups["y"].ValueSpan), int.Parse(iso.Groups["mo"].ValueSpan), int.Parse(iso.Groups["d"].ValueSpan)) is { } isoDate)
                    found.Add((iso.Index, iso.Length, isoDate));
                continue;
            }
            if (span[t].Kind != TokenKind.Word || !(CalendarWords.MonthOf(w) > 0 && CalendarWords.IsMonth(w))) continue;
            // "17 May 2010" starts at the day, "May 17, 2010" at the month: try both starts.
            if (DateCandidateFinder.TryAt(DatePatterns.DayMonth(), text, span, t, t > 0 && span[t - 1].Kind == TokenKind.Number ? 1 : 0) is { } m
                && m.Groups["y"].Success
                && DateMath.Make(int.Parse(m.Groups["y"].ValueSpan), CalendarWords.MonthOf(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan)) is { } d)
                found.Add((m.Index, m.Length, d));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        var result = new List<FullDate>(found.Count);
        int top = Math.Max(1500, text.Length / 5);
        for (int i = 0; i < found.Count; i++)
        {
            var (start, length, date) = found[i];
            int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
            if (start == 0) lineStart = 0;
            int lineEnd = text.IndexOf('\n', start + length);
            if (lineEnd < 0) lineEnd = text.Length;
            int prefixStart = Math.Max(lineStart, i > 0 && found[i - 1].Start + found[i - 1].Length > lineStart ? found[i - 1].Start + found[i - 1].Length : lineStart);
            prefixStart = Math.Max(prefixStart, start - 40);
            var prefix = text.AsSpan(prefixStart, start - prefixStart);
            string label = _updated.IsMatch(prefix) ? "updated" : _published.IsMatch(prefix) ? "published" : "";
            var after = text.AsSpan(start + length, lineEnd - start - length).TrimStart();
            bool lineStartish = prefix.Trim(" \t:–—-|*_#()[]").Length == 0 || label.Length > 0 && prefix.Length < 30;
            bool dateline = start < top && lineStartish && (after.Length <= 3 || after[0] is ':' or '—' or '–' or '-' or '|' || lineEnd - lineStart - length <= DatelineSlack);
            bool future = _future.IsMatch(text.AsSpan(Math.Max(lineStart, start - 40), start - Math.Max(lineStart, start - 40)));
            result.Add(new FullDate(start, date, label, dateline, future));
        }
        return result;
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static Regex WordsRegex(IEnumerable<string> words)
    {
        var alternation = string.Join("|", words.Select(w => string.Join("\\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        return new Regex(alternation.Length == 0 ? "(?!)" : "\\b(?:" + alternation + ")\\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
