using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kurultai.Fusion;

/// <summary>
/// Writes fused events as JSON in FORMAT.md's field names, each with its <c>id</c> and the <c>records</c> it fuses:
/// <c>{"id": "E3f2a…", "records": ["000-17", "001-11"], "event_date": "2010-04-07", …, "claims": [...]}</c>.
/// </summary>
public static class FusedEventJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One event as a JSON object (with every source's claim and evidence).</summary>
    public static string Serialize(FusedEvent fused, bool indented = true) => Build(w => Write(w, fused), indented);

    /// <summary>Several events as a JSON array.</summary>
    public static string Serialize(IEnumerable<FusedEvent> events, bool indented = true) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var fused in events)
            Write(w, fused);
        w.WriteEndArray();
    }, indented);

    public static void Write(Utf8JsonWriter w, FusedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteStartArray("records");
        foreach (var id in e.RecordIds)
            w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteNumber("sources", e.Sources);
        Day(w, "event_date", e.EventDate);
        if (e.DateEnd is { } end) Day(w, "date_end", end);
        w.WriteNumber("time_precision", e.TimePrecision);
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        w.WriteString("actor1", e.Actor1);
        if (e.Actor2 is { } actor2) w.WriteString("actor2", actor2);
        w.WriteString("country", e.Country);
        w.WriteString("admin1", e.Admin1);
        w.WriteString("location", e.Location);
        w.WriteNumber("lat", Math.Round(e.Lat, 4));
        w.WriteNumber("lon", Math.Round(e.Lon, 4));
        w.WriteNumber("geo_precision", e.GeoPrecision);
        Figure(w, "fatalities", e.Fatalities, always: true);
        Figure(w, "injuries", e.Injuries, always: false);
        Figure(w, "arrests", e.Arrests, always: false);
        Figure(w, "crowd_size", e.CrowdSize, always: false);
        w.WriteBoolean("background", e.Background);
        w.WriteStartArray("disagreements");
        foreach (var flag in Enum.GetValues<FusionDisagreement>().Where(f => f != FusionDisagreement.None && e.Disagreements.HasFlag(f)))
            w.WriteStringValue(Snake(flag.ToString()));
        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var claim in e.Claims)
            Claim(w, claim);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Claim(Utf8JsonWriter w, SourceClaim claim)
    {
        var r = claim.Record;
        w.WriteStartObject();
        w.WriteString("record", r.Id);
        w.WriteString("doc", r.Doc);
        if (claim.Outlet is { } outlet) w.WriteString("outlet", outlet);
        if (r.SourceUrl is { } url) w.WriteString("url", url);
        Day(w, "event_date", r.EventDate);
        if (r.DateEnd is { } end) Day(w, "date_end", end);
        w.WriteNumber("time_precision", r.TimePrecision);
        w.WriteString("event_type", r.EventType);
        w.WriteString("sub_event_type", r.SubEventType);
        w.WriteString("actor1", r.Actor1);
        if (r.Actor2 is { } actor2) w.WriteString("actor2", actor2);
        w.WriteString("admin1", r.Admin1);
        w.WriteString("location", r.Location);
        w.WriteNumber("geo_precision", r.GeoPrecision);
        w.WriteNumber("fatalities", r.Fatalities);
        if (r.FatalitiesMax is { } max) w.WriteNumber("fatalities_max", max);
        if (r.Injuries is { } injuries) w.WriteNumber("injuries", injuries);
        if (r.Arrests is { } arrests) w.WriteNumber("arrests", arrests);
        if (r.CrowdSize is { } crowd) w.WriteNumber("crowd_size", crowd);
        w.WriteString("evidence", r.Evidence);
        w.WriteBoolean("background", r.Background);
        w.WriteEndObject();
    }

    /// <summary><c>"fatalities": 56, "fatalities_range": [56, 100], "fatalities_disputed": true</c>.</summary>
    private static void Figure(Utf8JsonWriter w, string name, FigureRange? range, bool always)
    {
        if (range is not { } r)
        {
            if (always) w.WriteNumber(name, 0);
            return;
        }
        w.WriteNumber(name, r.Value);
        if (r.Reports == 0)
            return;
        w.WriteStartArray(name + "_range");
        w.WriteNumberValue(r.Min);
        w.WriteNumberValue(r.Max);
        w.WriteEndArray();
        w.WriteBoolean(name + "_disputed", r.Disputed);
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly day) =>
        w.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Build(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
