using Kurultai.Model;

namespace Kurultai.Dates;

/// <summary>
/// Dates a report that states no date at all by a dated report of the same events: an undated article naming
/// "Jeenbekov" and "Atambayev" beside a dated one naming both, about the same country, borrows its date — so
/// "on Tuesday" and "Sunday's vote" can be resolved. Corpus-level: dated documents are added as they are processed,
/// undated ones asked afterwards.
/// </summary>
/// <remarks>
/// The evidence is the named people and organisations the two documents share (their actor keys, so spellings
/// do not matter), each weighted by how rare it is among the dated documents (inverse document frequency), and a
/// shared country. A borrowing needs at least <see cref="MinShared"/> shared actors, one of them rare (named by at
/// most <see cref="MaxRareDocuments"/> dated documents), and a clear winner: the best score at least
/// <see cref="Margin"/> times the next. Where the undated report names years ("the 2002 shootings"), the borrowed
/// date must fall in the latest of them or at most <see cref="MaxYearsAfterLatestNamed"/> years later: a 2010 report
/// that recalls a 2005 revolution must not date a report written during it. The borrowed date is the other report's anchor, so relative dates resolve
/// to the right week; the metadata records it as <see cref="MetaOrigin.RelatedReport"/> with the evidence.
/// </remarks>
public sealed class RelatedReportDater
{
    public const int MinShared = 2;
    public const int MaxRareDocuments = 2;
    public const double Margin = 1.5;

    /// <summary>A report that names years is dated no later than this many years after the latest it names.</summary>
    public const int MaxYearsAfterLatestNamed = 2;

    private readonly List<DatedReport> _reports = [];
    private readonly Dictionary<string, List<int>> _reportsNaming = new(StringComparer.Ordinal);

    private sealed record DatedReport(string Id, DateOnly Anchor, string[] Countries);

    /// <summary>Remembers a document that has an anchor date (others are ignored).</summary>
    public void Add(Document document)
    {
        if (document.Anchor.Date is not { } anchor)
            return;
        var index = _reports.Count;
        _reports.Add(new DatedReport(document.Id, anchor, Countries(document)));
        foreach (var key in ActorKeys(document))
        {
            if (!_reportsNaming.TryGetValue(key, out var list))
                _reportsNaming[key] = list = [];
            list.Add(index);
        }
    }

    /// <summary>The metadata to use for an undated document, or null when no dated report is clearly about the same events.</summary>
    public ArticleMetadata? Date(Document undated)
    {
        if (undated.Anchor.Date is not null || undated.Metadata.Published is not null)
            return null;
        var countries = Countries(undated);
        var scores = new Dictionary<int, (double Score, List<string> Shared, bool Rare)>();
        foreach (var key in ActorKeys(undated))
        {
            if (!_reportsNaming.TryGetValue(key, out var naming))
                continue;
            var weight = Math.Log(1 + (double)_reports.Count / naming.Count);
            foreach (var candidate in naming)
            {
                if (!_reports[candidate].Countries.Any(countries.Contains))
                    continue;
                var (score, shared, rare) = scores.GetValueOrDefault(candidate, (0, [], false));
                shared.Add(key);
                scores[candidate] = (score + weight, shared, rare || naming.Count <= MaxRareDocuments);
            }
        }
        var ranked = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => _reports[s.Key].Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
            return null;
        var (best, (bestScore, bestShared, bestRare)) = (ranked[0].Key, ranked[0].Value);
        var runnerUp = ranked.Count > 1 ? ranked[1].Value.Score : 0;
        if (bestShared.Count < MinShared || !bestRare || bestScore < Margin * runnerUp)
            return null;
        var report = _reports[best];
        if (LatestNamedYear(undated) is { } year && (report.Anchor.Year < year || report.Anchor.Year > year + MaxYearsAfterLatestNamed))
            return null;
        return undated.Metadata with
        {
            Published = new Sourced<DateOnly>(report.Anchor, MetaOrigin.RelatedReport,
                $"no date stated; borrowed from {report.Id}, which names the same actors ({string.Join(", ", bestShared.Order(StringComparer.Ordinal))})"),
        };
    }

    /// <summary>The latest year the text names as a year ("in 2019", "the 2017 election"), not as a count.</summary>
    private static int? LatestNamedYear(Document document)
    {
        int? latest = null;
        var text = document.Text.AsSpan();
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Number || token.Length != 4
                || !int.TryParse(text.Slice(token.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                || year is < 1900 or > 2099
                || document.Quantities.Any(q => q.Span.Contains(token.Start) && q.Counted != Counted.Unknown))
                continue;
            latest = Math.Max(latest ?? year, year);
        }
        return latest;
    }

    private static IEnumerable<string> ActorKeys(Document document) =>
        document.Actors.Where(a => a.Kind is ActorKind.Person or ActorKind.Organisation).Select(a => a.Key).Distinct(StringComparer.Ordinal);

    /// <summary>The countries a document's confident places are in (a few strings: kept for every dated report).</summary>
    private static string[] Countries(Document document) =>
        [.. document.Places.Where(p => p.Place is not null && p.Confidence >= 0.5).Select(p => p.Place!.Country).Distinct(StringComparer.Ordinal)];
}
