using System.Text.Json;
using Kurultai.Dates;
using Kurultai.Model;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Language;

/// <summary>
/// For every non-background gold record, are its casualty and crowd figures found as quantities of the right kind
/// and value in its document, and is its event date among the document's resolved dates? Prints recall per kind and
/// holds floors the language layer reaches today, so a regression fails.
/// </summary>
public sealed class SharedCorpusRecallTests(ITestOutputHelper output)
{
    private const double FatalitiesFloor = 1.0;
    private const double InjuriesFloor = 1.0;
    private const double CrowdFloor = 1.0;
    private const double DatesInDocumentFloor = 0.65;
    private const double DatesNearEvidenceFloor = 0.55;
    private const double DatesInForceFloor = 0.68;

    [Fact]
    public void Gold_figures_and_event_dates_are_found_in_their_documents()
    {
        // Given
        var seeds = SharedCorpus.Seeds;
        var records = File.ReadLines(SharedCorpus.GoldEvents)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => !(r.TryGetProperty("background", out var b) && b.GetBoolean()))
            .ToList();
        var documents = new Dictionary<string, Document>();
        Document Doc(string id) => documents.TryGetValue(id, out var d) ? d
            : documents[id] = LanguageDocs.All(File.ReadAllText(Path.Combine(seeds, id + ".txt")), null) with { };

        var tallies = new Dictionary<string, (int Found, int Total)>();
        var misses = new List<string>();
        void Tally(string kind, bool found, string what)
        {
            var (f, t) = tallies.GetValueOrDefault(kind);
            tallies[kind] = (f + (found ? 1 : 0), t + 1);
            if (!found) misses.Add($"{kind}: {what}");
        }

        // When
        foreach (var r in records)
        {
            var id = r.GetProperty("id").GetString()!;
            var doc = Doc(r.GetProperty("doc").GetString()!);
            foreach (var (field, counted) in new[] { ("fatalities", Counted.Dead), ("injuries", Counted.Injured), ("crowd_size", Counted.Participants) })
            {
                if (!r.TryGetProperty(field, out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt64() <= 0) continue;
                long value = v.GetInt64();
                Tally(field, doc.Quantities.Any(q => q.Counted == counted && (q.Min == value || q.Max == value)), $"{id} {value}");
            }
            var date = DateOnly.ParseExact(r.GetProperty("event_date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var dateEnd = r.TryGetProperty("date_end", out var de) ? DateOnly.ParseExact(de.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : date;
            bool Matches(DateMention m) => m.Effective == date || (m.Effective >= date.AddDays(-1) && m.Effective <= dateEnd.AddDays(1));
            Tally("dates (document)", doc.Dates.Any(Matches), $"{id} {date:yyyy-MM-dd}");
            Tally("dates (near evidence)", NearEvidence(doc, r.GetProperty("evidence").GetString()!).Any(Matches), $"{id} {date:yyyy-MM-dd}");
            var inForce = InForce(doc, r.GetProperty("evidence").GetString()!)?.Effective ?? doc.Anchor.Date;
            Tally("dates (in force)", inForce is { } f && f >= date.AddDays(-1) && f <= dateEnd.AddDays(1), $"{id} {date:yyyy-MM-dd}");
        }

        // Then
        foreach (var (kind, (found, total)) in tallies)
            output.WriteLine($"{kind,-22} recall {found}/{total} = {(double)found / total:P0}");
        foreach (var (id, doc) in documents)
            output.WriteLine($"anchor {id}: {doc.Anchor.Date?.ToString("yyyy-MM-dd") ?? "none"} ({doc.Anchor.How})");
        foreach (var miss in misses) output.WriteLine("miss " + miss);
        Assert.True(Recall(tallies, "fatalities") >= FatalitiesFloor, "fatalities recall fell");
        Assert.True(Recall(tallies, "injuries") >= InjuriesFloor, "injuries recall fell");
        Assert.True(Recall(tallies, "crowd_size") >= CrowdFloor, "crowd recall fell");
        Assert.True(Recall(tallies, "dates (document)") >= DatesInDocumentFloor, "date recall fell");
        Assert.True(Recall(tallies, "dates (near evidence)") >= DatesNearEvidenceFloor, "date recall near the evidence fell");
        Assert.True(Recall(tallies, "dates (in force)") >= DatesInForceFloor, "recall of the date in force at the evidence fell");
    }

    private static double Recall(Dictionary<string, (int Found, int Total)> tallies, string kind) =>
        tallies.TryGetValue(kind, out var t) && t.Total > 0 ? (double)t.Found / t.Total : 1.0;

    private static DateMention? InForce(Document doc, string evidence)
    {
        int at = doc.Text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0 && evidence.Length > 30) at = doc.Text.IndexOf(evidence[..30], StringComparison.Ordinal);
        return at < 0 ? null : SectionDates.InForce(doc, doc.Sentences.LastOrDefault(s => s.Start <= at));
    }

    /// <summary>The dates of the evidence's sentences, of its paragraph, and of its live-blog section's timestamp.</summary>
    private static IEnumerable<DateMention> NearEvidence(Document doc, string evidence)
    {
        int at = doc.Text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0 && evidence.Length > 30) at = doc.Text.IndexOf(evidence[..30], StringComparison.Ordinal);
        if (at < 0) return [];
        var sentence = doc.Sentences.LastOrDefault(s => s.Start <= at);
        var sections = SectionDates.Of(doc);
        var inherited = sections.TryGetValue(sentence.Section, out var d) ? doc.Dates.Where(m => m.IsTimestamp && m.Effective == d) : [];
        var paragraph = doc.Sentences.Where(s => s.Paragraph == sentence.Paragraph).ToList();
        return doc.Dates.Where(m => paragraph.Any(s => m.Start >= s.Start && m.Start < s.End)).Concat(inherited);
    }
}
