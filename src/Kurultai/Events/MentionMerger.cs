namespace Kurultai.Events;

/// <summary>
/// Merges the mentions of one happening into one group, per FORMAT.md's granularity: one record per day,
/// location, sub-event type and actor pair. "Demonstrators fought the riot police and occupied buildings. The
/// council building was torched." → one violent demonstration with both sentences as evidence.
/// </summary>
/// <remarks>
/// Two mentions merge when they share the type, sub-event type and place and either (a) the day and actor1, with
/// actor2 the same or missing on one side, or (b) they sit in the same or adjacent sentences of one paragraph on the
/// same day (a continued description, whatever actors each sentence names). A date inferred from the context
/// (not the mention's own sentence or timestamp) may differ by one day from the group's.
/// </remarks>
public sealed class MentionMerger
{
    public List<List<EventMention>> Merge(DocumentView view, IReadOnlyList<EventMention> mentions)
    {
        var groups = new List<List<EventMention>>();
        foreach (var m in mentions)
        {
            var group = groups.FirstOrDefault(g => g.Any(other => SameHappening(view, other, m)));
            if (group is null)
                groups.Add([m]);
            else
                group.Add(m);
        }
        return groups;
    }

    private static bool SameHappening(DocumentView view, EventMention a, EventMention b)
    {
        if (a.Coding.EventType != b.Coding.EventType || a.Coding.SubEventType != b.Coding.SubEventType)
            return false;
        if (!SamePlace(a.Place, b.Place))
            return false;
        bool sameDay = a.Date.Date == b.Date.Date;
        bool nearDay = Math.Abs(a.Date.Date.DayNumber - b.Date.Date.DayNumber) <= 1 && (!Firm(a.Date) || !Firm(b.Date));
        if (!sameDay && !nearDay)
            return false;
        bool adjacent = view.Sentence(a.Sentence).Paragraph == view.Sentence(b.Sentence).Paragraph
            && Math.Abs(a.Sentence - b.Sentence) <= 1;
        if (adjacent && sameDay)
            return true;
        return string.Equals(a.Actor1, b.Actor1, StringComparison.OrdinalIgnoreCase)
            && (a.Actor2 is null || b.Actor2 is null || string.Equals(a.Actor2, b.Actor2, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Firm(DateChoice d) => d.Source is ContextSource.Sentence or ContextSource.SectionTimestamp;

    private static bool SamePlace(PlaceChoice a, PlaceChoice b) =>
        a.GeoPrecision == b.GeoPrecision
        && string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
}
