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
    /// <param name="mentions">The document's mentions in text order; undated ones are redated in place.</param>
    private static void FocusUndated(DocumentView view, List<EventMention> mentions)
    {
        if (view.Document.Anchor.Date is not { } anchor)
            return;
        var days = new List<(DateOnly Day, int Sentences, int Last)>();
        foreach (var m in mentions)
        {
            if (m.Date.Source is not (ContextSource.Sentence or ContextSource.SectionTimestamp) || m.Date.Precision != 1
                || m.Date.Date > anchor || m.Date.Date < anchor.AddDays(-7))
                continue;
            int i = days.Count - 1;
            while (i >= 0 && days[i].Day != m.Date.Date)
                i--;
            if (i < 0)
                days.Add((m.Date.Date, 1, m.Sentence));
            else if (days[i].Last != m.Sentence)
                days[i] = (days[i].Day, days[i].Sentences + 1, m.Sentence);
        }
        if (days.Count == 0)
            return;
        var focus = days[0];
        foreach (var d in days)
            if (d.Sentences > focus.Sentences || (d.Sentences == focus.Sentences && d.Day > focus.Day))
                focus = d;
        if (focus.Day == anchor)
            return;
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Date.Source == ContextSource.Anchor)
                mentions[i] = mentions[i] with { Date = mentions[i].Date with { Date = focus.Day } };
    }
}
