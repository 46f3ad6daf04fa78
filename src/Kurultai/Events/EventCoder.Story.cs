namespace Kurultai.Events;

/// <summary>The story of a document: where and when its text stands, for mentions that do not say.</summary>
public sealed partial class EventCoder
{
    /// <summary>Where and when the story of a section stands: the day and place of its last coded event (flashbacks aside).</summary>
    private sealed class Story
    {
        public DateOnly? Day { get; set; }
        public PlaceChoice? Place { get; set; }

        /// <summary>False in a live blog's timestamped entry, whose items are snapshots, not a continuous story.</summary>
        public bool Prose { get; init; }
    }

    /// <summary>
    /// Dates the undated mentions (those that only had the anchor) at the document's focus day: the day its dated
    /// events fall on most often, within the week before the anchor. A summary lead ("In 24 hours protests broke out,
    /// the government resigned…") tells of the main day, which is often the day before publication.
    /// </summary>
    private static List<EventMention> FocusUndated(DocumentView view, List<EventMention> mentions)
    {
        if (view.Document.Anchor.Date is not { } anchor)
            return mentions;
        var focus = mentions.Where(m => m.Date.Source is ContextSource.Sentence or ContextSource.SectionTimestamp && m.Date.Precision == 1
                && m.Date.Date <= anchor && m.Date.Date >= anchor.AddDays(-7))
            .GroupBy(m => m.Date.Date).OrderByDescending(g => g.Select(m => m.Sentence).Distinct().Count()).ThenByDescending(g => g.Key)
            .Select(g => (DateOnly?)g.Key).FirstOrDefault();
        if (focus is not { } day || day == anchor)
            return mentions;
        return [.. mentions.Select(m => m.Date.Source == ContextSource.Anchor ? m with { Date = m.Date with { Date = day } } : m)];
    }
}
