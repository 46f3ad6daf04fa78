using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>
/// Reads FORMAT.md records (gold events.jsonl) into <see cref="EventRecord"/>s. A stop-gap until the shared
/// Evaluation/EventJson reader is merged.
/// </summary>
internal static class GoldRecords
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    public static IReadOnlyList<EventRecord> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EventRecord>(l, Options)!)];
}
