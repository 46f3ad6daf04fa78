using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>How the store serialises metadata, offset maps and event records into JSON columns.</summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Metadata(ArticleMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    public static ArticleMetadata Metadata(string json) =>
        JsonSerializer.Deserialize<ArticleMetadata>(json, Options) ?? ArticleMetadata.Empty;

    public static string Map(OffsetMap map) =>
        JsonSerializer.Serialize(new MapDto(map.CleanLength, map.RawLength, map.Runs.Select(r => new[] { r.CleanStart, r.RawStart }).ToArray()), Options);

    public static OffsetMap Map(string json)
    {
        var dto = JsonSerializer.Deserialize<MapDto>(json, Options)!;
        return new OffsetMap([.. dto.Runs.Select(r => (r[0], r[1]))], dto.CleanLength, dto.RawLength);
    }

    public static string Notes(ImmutableArray<string> notes) => JsonSerializer.Serialize(notes, Options);

    public static ImmutableArray<string> Notes(string json) => JsonSerializer.Deserialize<ImmutableArray<string>>(json, Options);

    public static string Event(EventRecord record) => JsonSerializer.Serialize(record, StorageJsonContext.Default.EventRecord);

    /// <remarks>
    /// Read with the reflection serializer: for this record of init-only properties it measured 2.3 µs a record
    /// against 3.3 µs for the compiled one (which is faster at writing: 1.8 against 2.4 µs).
    /// </remarks>
    public static EventRecord Event(string json) => JsonSerializer.Deserialize<EventRecord>(json, Options)!;

    /// <summary>An event record from its JSON as UTF-8 bytes, as SQLite keeps text (no conversion to UTF-16 and back).</summary>
    public static EventRecord Event(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<EventRecord>(utf8Json, Options)!;

    /// <summary>Document keys as a JSON array: <c>[12,13]</c>.</summary>
    public static string Keys(IEnumerable<long> keys) => JsonSerializer.Serialize(keys);

    /// <summary>Record id → fused event id links as one JSON object, written as they come (each record once).</summary>
    public static string Links(IEnumerable<KeyValuePair<string, string>> links)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (record, eventId) in links)
                json.WriteString(record, eventId);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed record MapDto(int CleanLength, int RawLength, int[][] Runs);
}
