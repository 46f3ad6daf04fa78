using System.Text.Json;
using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Tests.Storage;

public sealed class StorageJsonTests
{
    private static readonly EventRecord Full = new()
    {
        Id = "doc-1-ab12",
        Doc = "doc-1",
        EventDate = new DateOnly(2021, 3, 4),
        DateEnd = new DateOnly(2021, 3, 5),
        TimePrecision = 2,
        EventType = "Riots",
        SubEventType = "Violent demonstration",
        Actor1 = "Rioters (Peru)",
        Actor2 = "Police Forces of Peru",
        Country = "PE",
        Admin1 = "Cajamarca",
        Location = "Cajamarca",
        Lat = -7.16,
        Lon = -78.51,
        GeoPrecision = 1,
        Fatalities = 2,
        FatalitiesMax = 3,
        Injuries = 14,
        Arrests = 5,
        CrowdSize = 400,
        Evidence = "Villagers threw stones at officers → “two died”.",
        EvidenceSpans = [new Span(10, 20), new Span(40, 5)],
        Background = true,
        Notes = "date from sentence",
        Confidence = 0.7,
        Rule = "clash→Riots/Violent demonstration",
        SourceUrl = "https://example.org/a",
        EventId = "E0123456789ab",
    };

    [Fact]
    public void Compiled_event_json_is_the_same_text_the_reflection_serializer_wrote()
    {
        // Rows stored before the compiled serializer must read back, and new rows must look the same.
        var reflection = JsonSerializer.Serialize(Full, StorageJson.Options);

        Assert.Equal(reflection, StorageJson.Event(Full));
    }

    [Fact]
    public void Event_json_round_trips_every_field_and_leaves_nulls_out()
    {
        Assert.Equal(Full, StorageJson.Event(StorageJson.Event(Full)) with { EvidenceSpans = Full.EvidenceSpans });
        Assert.Equal(Full.EvidenceSpans, StorageJson.Event(StorageJson.Event(Full)).EvidenceSpans);
        Assert.DoesNotContain("Actor2", StorageJson.Event(Full with { Actor2 = null }));
    }
}
