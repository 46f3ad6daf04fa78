using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>
/// Batch fusion: every record in, one <see cref="FusedEvent"/> per real-world happening out ("56 dead" in one outlet
/// and "over 80 killed" in another become one event with fatalities 56–80).
/// </summary>
public static class EventFuser
{
    /// <summary>Fuses the records; events sorted by date, country, place and id.</summary>
    public static IReadOnlyList<FusedEvent> Fuse(IEnumerable<EventRecord> records, FusionRules? rules = null)
    {
        var index = new EventFusionIndex(rules);
        index.Add(records);
        return [.. index.Events()
            .OrderBy(e => e.EventDate)
            .ThenBy(e => e.Country, StringComparer.Ordinal)
            .ThenBy(e => e.Location, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The clusters as sorted record ids (see <see cref="EventFusionIndex.Clusters"/>).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cluster(IEnumerable<EventRecord> records, FusionRules? rules = null)
    {
        var index = new EventFusionIndex(rules);
        index.Add(records);
        return index.Clusters();
    }
}
