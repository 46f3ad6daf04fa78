using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Dates an event: the temporal expression of its sentence nearest the trigger, else its live-blog section's
/// timestamp ("7 April 17.03"), else the last date of its paragraph, else the narrative's current day (the last
/// day-precise date earlier in its section), else the document's anchor.
/// </summary>
/// <remarks>
/// A date in brackets (a citation such as "(FT 8 April 2010)") or governed by a plan ("scheduled for 7 April") does
/// not date the events around it. A sentence whose only date is a year ("in 2002") reports nothing codable: the
/// event is dropped (null). Corrections proposed by the date recogniser are used. Precision follows FORMAT.md:
/// day 1, week or span 2, month 3; a date taken from the anchor has precision 2. The narrative day is trusted only
/// within 60 days before the anchor.
/// </remarks>
public sealed class DateChooser(EventLexicon lexicon)
{
    public const int BackgroundDays = 60;

    public DateChoice? Choose(DocumentView view, int sentence, TriggerHit hit)
    {
        var own = Usable(view, sentence);
        if (own.Count > 0)
        {
            var nearest = own.MinBy(d => Distance(d, hit));
            return nearest.Precision == DatePrecision.Year ? null : ToChoice(nearest, ContextSource.Sentence);
        }
        if (SectionTimestamp(view, sentence) is { } stamp)
            return ToChoice(stamp, ContextSource.SectionTimestamp) with { Precision = 1, End = null };
        for (int i = view.PreviousInParagraph(sentence); i >= 0; i = view.PreviousInParagraph(i))
        {
            var last = Usable(view, i).LastOrDefault(d => d.Precision != DatePrecision.Year);
            if (last.Length > 0)
                return ToChoice(last, ContextSource.Paragraph);
        }
        var anchor = view.Document.Anchor.Date;
        int section = view.Sentence(sentence).Section;
        for (int i = sentence - 1; i >= 0 && view.Sentence(i).Section == section; i--)
        {
            var day = Usable(view, i).LastOrDefault(d => d.Precision == DatePrecision.Day);
            if (day.Length > 0 && (anchor is not { } a || (day.Effective <= a.AddDays(1) && day.Effective >= a.AddDays(-BackgroundDays))))
                return ToChoice(day, ContextSource.Narrative);
        }
        return anchor is { } date ? new DateChoice(date, null, 2, ContextSource.Anchor) : null;
    }

    private static DateChoice ToChoice(DateMention d, ContextSource source)
    {
        var start = d.Effective;
        DateOnly? end = d.DateEnd is { } e ? e.AddDays(start.DayNumber - d.Date.DayNumber) : null;
        if (end is { } x && x <= start)
            end = null;
        int precision = d.Precision switch
        {
            DatePrecision.Day => 1,
            DatePrecision.Week or DatePrecision.Span => 2,
            _ => 3,
        };
        return new DateChoice(start, end, precision, source);
    }

    private static int Distance(DateMention d, TriggerHit hit) =>
        d.Start >= hit.Start + hit.Length ? d.Start - (hit.Start + hit.Length) : Math.Max(0, hit.Start - (d.Start + d.Length));

    /// <summary>The timestamp heading of the sentence's live-blog section, if it has one.</summary>
    private static DateMention? SectionTimestamp(DocumentView view, int sentence)
    {
        int section = view.Sentence(sentence).Section;
        for (int i = sentence; i >= 0 && view.Sentence(i).Section == section; i--)
        {
            foreach (var d in view.Dates[i])
                if (d.IsTimestamp || view.Sentence(i).Kind == SentenceKind.Timestamp)
                    return d;
        }
        return null;
    }

    /// <summary>The dates of a sentence that can date its events: not timestamps, not in brackets, not planned.</summary>
    private List<DateMention> Usable(DocumentView view, int sentence)
    {
        if (view.Sentence(sentence).Kind == SentenceKind.Timestamp)
            return [];
        var words = view.Words[sentence];
        var text = view.Document.Text;
        return [.. view.Dates[sentence].Where(d => !d.IsTimestamp && !InBrackets(text, view.Sentence(sentence), d)
            && lexicon.Before(CueSet.Modal, words, words.IndexAt(d.Start), 6, clause: false) < 0)];
    }

    private static bool InBrackets(string text, Sentence sentence, DateMention d)
    {
        int open = text.LastIndexOf('(', Math.Max(sentence.Start, d.Start - 1), Math.Max(0, d.Start - sentence.Start));
        if (open < 0)
            return false;
        int close = text.IndexOf(')', open);
        return close < 0 || close >= d.Start + d.Length;
    }
}
