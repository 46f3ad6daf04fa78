using System.Globalization;
using Kurultai.Model;

namespace Kurultai.Cli.Analysis;

/// <summary>The JSON view of a document's layers that <c>kurultai analyze --format json</c> prints.</summary>
public static class AnalysisJson
{
    public static Dictionary<string, object?> Of(Document d) => new()
    {
        ["doc"] = d.Id,
        ["title"] = d.Metadata.Title?.Value,
        ["published"] = Day(d.Metadata.Published?.Value),
        ["anchor"] = new { date = Day(d.Anchor.Date), origin = d.Anchor.Origin.ToString(), how = d.Anchor.How },
        ["sentences"] = d.Sentences.Select(s => new
        {
            text = d.TextOf(s.Span),
            start = s.Start,
            length = s.Length,
            kind = s.Kind.ToString(),
            paragraph = s.Paragraph,
            section = s.Section,
        }),
        ["dates"] = d.Dates.Select(m => new
        {
            text = d.TextOf(m.Span),
            start = m.Start,
            length = m.Length,
            date = Day(m.Date),
            date_end = Day(m.DateEnd),
            precision = m.Precision.ToString().ToLowerInvariant(),
            confidence = Math.Round(m.Confidence, 3),
            rule = m.Rule,
            correction = Day(m.Correction),
            timestamp = m.IsTimestamp,
        }),
        ["quantities"] = d.Quantities.Select(q => new
        {
            text = d.TextOf(q.Span),
            start = q.Start,
            length = q.Length,
            min = q.Min,
            max = q.Max,
            counted = q.Counted.ToString().ToLowerInvariant(),
            confidence = Math.Round(q.Confidence, 3),
            vague = q.Vague,
        }),
        ["names"] = d.Names.Select(n => new
        {
            text = d.TextOf(n.Span),
            start = n.Start,
            length = n.Length,
            kind = n.Kind.ToString().ToLowerInvariant(),
            role = n.Role,
            confidence = Math.Round(n.Confidence, 3),
        }),
        ["places"] = d.Places.Select(p => new
        {
            text = d.TextOf(p.Span),
            start = p.Start,
            length = p.Length,
            gazetteer_id = p.Place?.Id,
            name = p.Place?.Name,
            admin1 = p.Place?.Admin1,
            country = p.Place?.Country,
            lat = p.Place?.Lat,
            lon = p.Place?.Lon,
            feature = p.Place?.Feature.ToString().ToLowerInvariant(),
            confidence = Math.Round(p.Confidence, 3),
            reason = p.Reason,
            alternatives = p.Alternatives.Select(a => new { gazetteer_id = a.Id, name = a.Name, admin1 = a.Admin1, country = a.Country, lat = a.Lat, lon = a.Lon }),
        }),
        ["actors"] = d.Actors.Select(a => new
        {
            text = d.TextOf(a.Span),
            start = a.Start,
            length = a.Length,
            actor = a.Name,
            key = a.Key,
            kind = a.Kind.ToString().ToLowerInvariant(),
            country = a.Country,
            confidence = Math.Round(a.Confidence, 3),
        }),
    };

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
