using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>
/// Reads and writes <see cref="EventRecord"/>s as JSON Lines in the field names of <c>shared/eval/FORMAT.md</c>,
/// e.g. <c>{"id": "000-07", "doc": "000_d6f3…", "event_date": "2010-04-06", "event_type": "Protests", …}</c>.
/// </summary>
/// <remarks>
/// Reading tolerates unknown fields, numbers written as strings, nulls for optional fields and datetimes where a
/// date is expected (the date part is kept). Only <c>doc</c>, <c>event_date</c> and <c>event_type</c> are
/// required; a line without them, or that is not JSON, becomes an <see cref="EventJsonLine"/> with an error.
/// Writing omits absent optional fields and appends Kurultai's extras: <c>evidence_spans</c> ([[start,length]…]),
/// <c>confidence</c>, <c>rule</c>, <c>source_url</c>, <c>event_id</c>.
/// </remarks>
public static partial class EventJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses one line; <paramref name="lineNumber"/> (1-based) is used in errors and default ids.</summary>
    public static EventJsonLine Parse(string line, int lineNumber = 1)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return EventJsonLine.Fail(lineNumber, "not a JSON object");
            return FromObject(json.RootElement, lineNumber);
        }
        catch (JsonException e)
        {
            return EventJsonLine.Fail(lineNumber, "not valid JSON: " + e.Message);
        }
    }

    /// <summary>Reads every non-blank line of a JSON Lines stream.</summary>
    public static IEnumerable<EventJsonLine> ReadLines(TextReader reader)
    {
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                yield return Parse(line, number);
        }
    }

    /// <summary>Reads a JSON Lines file into its records and the errors of the lines that could not be read.</summary>
    public static EventJsonFile ReadFile(string path)
    {
        if (!File.Exists(path))
            return new EventJsonFile(path, [], [new EventJsonLine(0, null, "file not found")]);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var lines = ReadLines(reader).ToList();
        return new EventJsonFile(path,
            [.. lines.Where(l => l.Record is not null).Select(l => l.Record!)],
            [.. lines.Where(l => l.Record is null)]);
    }

    /// <summary>One record as one compact JSON line (no newline).</summary>
    public static string Write(EventRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            WriteObject(writer, record);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes records as JSON Lines, one per line, through one reused buffer (no strings per record).</summary>
    public static void WriteLines(TextWriter writer, IEnumerable<EventRecord> records)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        var chars = new char[4096];
        foreach (var record in records)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            WriteObject(json, record);
            json.Flush();
            var bytes = buffer.WrittenSpan;
            if (chars.Length < Encoding.UTF8.GetMaxCharCount(bytes.Length))
                chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            writer.Write(chars, 0, Encoding.UTF8.GetChars(bytes, chars));
            writer.WriteLine();
        }
    }

    private static EventJsonLine FromObject(JsonElement o, int lineNumber)
    {
        var doc = Str(o, "doc");
        if (string.IsNullOrEmpty(doc))
            return EventJsonLine.Fail(lineNumber, "missing \"doc\"");
        if (Date(o, "event_date") is not { } date)
            return EventJsonLine.Fail(lineNumber, "missing or unreadable \"event_date\" (expected YYYY-MM-DD)");
        var type = Str(o, "event_type");
        if (string.IsNullOrEmpty(type))
            return EventJsonLine.Fail(lineNumber, "missing \"event_type\"");
        var record = new EventRecord
        {
            Id = Str(o, "id") is { Length: > 0 } id ? id : $"{doc}-line{lineNumber}",
            Doc = doc,
            EventDate = date,
            DateEnd = Date(o, "date_end"),
            TimePrecision = Int(o, "time_precision") ?? 1,
            EventType = type,
            SubEventType = Str(o, "sub_event_type") ?? "",
            Actor1 = Str(o, "actor1") ?? "",
            Actor2 = Str(o, "actor2") is { Length: > 0 } a2 ? a2 : null,
            Country = Str(o, "country") ?? "",
            Admin1 = Str(o, "admin1") ?? "",
            Location = Str(o, "location") ?? "",
            Lat = Num(o, "lat") ?? 0,
            Lon = Num(o, "lon") ?? 0,
            GeoPrecision = Int(o, "geo_precision") ?? 1,
            Fatalities = Int(o, "fatalities") ?? 0,
            FatalitiesMax = Int(o, "fatalities_max"),
            Injuries = Int(o, "injuries"),
            Arrests = Int(o, "arrests"),
            CrowdSize = Int(o, "crowd_size"),
            Evidence = Str(o, "evidence") ?? "",
            EvidenceSpans = Spans(o, "evidence_spans"),
            Background = o.TryGetProperty("background", out var bg) && (bg.ValueKind == JsonValueKind.True
                || (bg.ValueKind == JsonValueKind.String && bg.GetString() is "true" or "True")),
            Notes = Str(o, "notes") ?? "",
            Confidence = Num(o, "confidence") ?? 0,
            Rule = Str(o, "rule") ?? "",
            SourceUrl = Str(o, "source_url"),
            EventId = Str(o, "event_id"),
        };
        return new EventJsonLine(lineNumber, record, null);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static double? Num(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v))
            return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d))
            return d;
        return v.ValueKind == JsonValueKind.String
            && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d) ? d : null;
    }

    private static int? Int(JsonElement o, string name) =>
        Num(o, name) is { } d && double.IsFinite(d) && Math.Abs(d) < int.MaxValue ? (int)Math.Round(d) : null;

    private static DateOnly? Date(JsonElement o, string name) =>
        Str(o, name) is { Length: >= 10 } s
        && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    private static ImmutableArray<Span> Spans(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
            return [];
        var spans = ImmutableArray.CreateBuilder<Span>();
        foreach (var pair in v.EnumerateArray())
        {
            if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
                && pair[0].ValueKind == JsonValueKind.Number && pair[1].ValueKind == JsonValueKind.Number
                && pair[0].TryGetInt32(out var start) && pair[1].TryGetInt32(out var length) && start >= 0 && length >= 0)
                spans.Add(new Span(start, length));
        }
        return spans.ToImmutable();
    }
}
