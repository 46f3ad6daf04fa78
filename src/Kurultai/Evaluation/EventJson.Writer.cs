using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Evaluation;

public static partial class EventJson
{
    /// <summary>Writes the fields in FORMAT.md's order, then Kurultai's extras; absent optional fields are omitted.</summary>
    private static void WriteObject(Utf8JsonWriter w, EventRecord r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("doc", r.Doc);
        w.WriteString("event_date", r.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (r.DateEnd is { } end)
            w.WriteString("date_end", end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("time_precision", r.TimePrecision);
        w.WriteString("event_type", r.EventType);
        w.WriteString("sub_event_type", r.SubEventType);
        w.WriteString("actor1", r.Actor1);
        if (!string.IsNullOrEmpty(r.Actor2))
            w.WriteString("actor2", r.Actor2);
        w.WriteString("country", r.Country);
        w.WriteString("admin1", r.Admin1);
        w.WriteString("location", r.Location);
        w.WriteNumber("lat", Math.Round(r.Lat, 5));
        w.WriteNumber("lon", Math.Round(r.Lon, 5));
        w.WriteNumber("geo_precision", r.GeoPrecision);
        w.WriteNumber("fatalities", r.Fatalities);
        Optional(w, "fatalities_max", r.FatalitiesMax);
        Optional(w, "injuries", r.Injuries);
        Optional(w, "arrests", r.Arrests);
        Optional(w, "crowd_size", r.CrowdSize);
        w.WriteString("evidence", r.Evidence);
        w.WriteBoolean("background", r.Background);
        if (r.Notes.Length > 0)
            w.WriteString("notes", r.Notes);
        if (!r.EvidenceSpans.IsDefaultOrEmpty)
        {
            w.WriteStartArray("evidence_spans");
            foreach (var span in r.EvidenceSpans)
            {
                w.WriteStartArray();
                w.WriteNumberValue(span.Start);
                w.WriteNumberValue(span.Length);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        if (r.Confidence != 0)
            w.WriteNumber("confidence", Math.Round(r.Confidence, 3));
        if (r.Rule.Length > 0)
            w.WriteString("rule", r.Rule);
        if (!string.IsNullOrEmpty(r.SourceUrl))
            w.WriteString("source_url", r.SourceUrl);
        if (!string.IsNullOrEmpty(r.EventId))
            w.WriteString("event_id", r.EventId);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
    }
}

/// <summary>One line of an event JSON Lines file: the record, or why it could not be read.</summary>
/// <param name="Line">1-based line number (0 for a whole-file problem).</param>
public sealed record EventJsonLine(int Line, EventRecord? Record, string? Error)
{
    public static EventJsonLine Fail(int line, string error) => new(line, null, error);

    public override string ToString() => Error is null ? $"line {Line}: {Record?.Id}" : $"line {Line}: {Error}";
}

/// <summary>The records read from one file, with the lines that were rejected.</summary>
public sealed record EventJsonFile(string Path, IReadOnlyList<EventRecord> Records, IReadOnlyList<EventJsonLine> Errors);
