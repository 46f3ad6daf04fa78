using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Dates an event: the temporal expression of its sentence nearest the trigger, else its live-blog section's
/// timestamp ("7 April 17.03"), else the last date of its paragraph, else the narrative's current day (the day of
/// the last event coded earlier in the section, else the last day-precise date there), else the document's anchor.
/// </summary>
/// <remarks>
/// A date in brackets (a citation such as "(FT 8 April 2010)") or governed by a plan ("scheduled for 7 April") does
/// not date the events around it, nor does one across a relative clause; "two weeks after" dates what follows it.
/// A sentence (or, lacking one, a paragraph) whose date is only a year ("in 2002") reports nothing codable: the
/// event is dropped (null). Corrections proposed by the date recogniser are used. Precision follows FORMAT.md:
/// day 1, week or span 2, month 3; a date taken from the anchor has precision 2. The narrative day is trusted only
/// within 60 days before the anchor. Without an anchor, only expressions that state their year are trusted: a year
/// guessed for "March 18" or "on Tuesday" would date the event wrongly (the event is dropped instead).
/// </remarks>
public sealed class DateChooser(EventLexicon lexicon)
{
    public const int BackgroundDays = 60;

    /// <param name="narrative">The day of the last event coded earlier in the section, if any (the story's current day).</param>
    public DateChoice? Choose(DocumentView view, int sentence, TriggerHit hit, DateOnly? narrative = null)
    {
        var usable = Usable(view, sentence);
        var words = view.Words[sentence];
        if (usable.Count > 0 && Nearest(words, usable, hit) is { } nearest)
        {
            if (nearest.Precision == DatePrecision.Year)
                return null;
            var choice = ToChoice(nearest, ContextSource.Sentence) with { Offset = IsOffset(words, nearest) };
            // "arrested since Monday": a period up to now, not the story's day.
            return Since(words, nearest) ? choice with { Precision = Math.Max(2, choice.Precision), Offset = true } : choice;
        }
        if (SectionTimestamp(view, sentence) is { } stamp && (view.Document.Anchor.Date is not null || HasYear(view.Document.Text, stamp)))
            return ToChoice(stamp, ContextSource.SectionTimestamp) with { Precision = 1, End = null };
        for (int i = view.PreviousInParagraph(sentence); i >= 0; i = view.PreviousInParagraph(i))
        {
            var dates = Usable(view, i);
            for (int k = dates.Count - 1; k >= 0; k--)
            {
                if (!IsOffset(view.Words[i], dates[k]))
                    return dates[k].Precision == DatePrecision.Year ? null : ToChoice(dates[k], ContextSource.Paragraph);
            }
        }
        var anchor = view.Document.Anchor.Date;
        bool Plausible(DateOnly d) => anchor is not { } a || (d <= a.AddDays(1) && d >= a.AddDays(-BackgroundDays));
        if (narrative is { } day && Plausible(day))
            return new DateChoice(day, null, 1, ContextSource.Narrative);
        int section = view.Sentence(sentence).Section;
        for (int i = sentence - 1; i >= 0 && view.Sentence(i).Section == section; i--)
        {
            var dates = Usable(view, i);
            for (int k = dates.Count - 1; k >= 0; k--)
            {
                if (dates[k].Precision != DatePrecision.Day)
                    continue;
                if (Plausible(dates[k].Effective))
                    return ToChoice(dates[k], ContextSource.Narrative);
                break;   // only the sentence's last day-precise date counts
            }
        }
        return anchor is { } date ? new DateChoice(date, null, 2, ContextSource.Anchor) : null;
    }

    /// <summary>The date of the trigger's clause nearest to it (the first of equally near ones), if any.</summary>
    private static DateMention? Nearest(SentenceWords words, List<DateMention> usable, TriggerHit hit)
    {
        DateMention? nearest = null;
        int best = int.MaxValue;
        int hitClause = RelativeClause(words, hit.Word);
        foreach (var d in usable)
        {
            if (!Governs(words, d, hit, hitClause))
                continue;
            int distance = Distance(d, hit);
            if (nearest is null || distance < best)
                (nearest, best) = (d, distance);
        }
        return nearest;
    }

    /// <summary>True when the sentence has a date that can date its events.</summary>
    public bool HasOwnDate(DocumentView view, int sentence) => Usable(view, sentence).Count > 0;

    /// <summary>
    /// Whether a date of the sentence belongs to the trigger's clause: not across a relative or "that" clause ("the
    /// governor, who was installed last month", "said on Monday that police had arrested…"), and a relative offset
    /// ("two weeks after") only for what follows it.
    /// </summary>
    /// <param name="hitClause">The trigger's <see cref="RelativeClause"/>.</param>
    private static bool Governs(SentenceWords words, DateMention date, TriggerHit hit, int hitClause)
    {
        int d = words.IndexAt(date.Start);
        bool after = d > hit.LastWord;
        if (IsOffset(words, date))
            return !after;
        if (RelativeClause(words, d) != hitClause)
            return false;
        int from = Math.Min(d, hit.LastWord), to = Math.Max(d, hit.Word);
        for (int i = from + 1; i < to; i++)
        {
            if (!words.IsWord(i) && words.Punctuation(i) == ';')
                return false;
        }
        return true;
    }

    /// <summary>"since Monday": the date opens a period that runs to the report.</summary>
    private static bool Since(SentenceWords words, DateMention date)
    {
        int first = words.IndexAt(date.Start);
        return words.Is(first, "since") || words.Is(first - 1, "since");
    }

    /// <summary>"two weeks after", "three days before": a date counted from another event's.</summary>
    private static bool IsOffset(SentenceWords words, DateMention date)
    {
        int end = words.IndexAt(date.Start + date.Length - 1);
        if (end >= words.Count)
            return false;
        return words.Is(end, "after", "before") || (words.Is(end + 1, "after", "before") && !words.IsMasked(end + 1));
    }

    /// <summary>The first word of the relative clause ("who had protested for ten days –") holding a word, or -1.</summary>
    private static int RelativeClause(SentenceWords words, int index)
    {
        for (int i = Math.Min(index, words.Count - 1); i >= 0; i--)
        {
            if (!words.IsWord(i))
            {
                if (words.Punctuation(i) is ',' or '–' or '—' or ';' or ':' or '(' or ')')
                    return -1;
                continue;
            }
            if (words.Is(i, "who", "which", "whose", "that"))
                return words.Is(i - 1, "during", "in", "at", "on", "after", "when") ? -1 : i;
        }
        return -1;
    }

    private static DateChoice ToChoice(DateMention d, ContextSource source)
    {
        var start = d.Effective;
        DateOnly? end = d.DateEnd is { } e ? e.AddDays(start.DayNumber - d.Date.DayNumber) : null;
        if (end is { } x && x <= start)
            end = null;
        int precision = d.Precision switch
        {
            DatePrecision.Day when end is null => 1,
            DatePrecision.Day => 2,
            DatePrecision.Week or DatePrecision.Span => 2,
            _ => 3,
        };
        return new DateChoice(start, end, precision, source) { Coarse = IsCoarse(d) };
    }

    /// <summary>"in April", "early April", "last month", "in 2005": a month or a year, or a part of one.</summary>
    private static bool IsCoarse(DateMention d) => d.Precision switch
    {
        DatePrecision.Month or DatePrecision.Year => true,
        DatePrecision.Span => d.Rule.StartsWith("month", StringComparison.Ordinal) || d.Rule.StartsWith("year", StringComparison.Ordinal),
        _ => false,
    };

    private static int Distance(DateMention d, TriggerHit hit) =>
        d.Start >= hit.Start + hit.Length ? d.Start - (hit.Start + hit.Length) : Math.Max(0, hit.Start - (d.Start + d.Length));

    /// <summary>The timestamp heading of the sentence's live-blog section, if it has one.</summary>
    private static DateMention? SectionTimestamp(DocumentView view, int sentence) =>
        (view.SectionTimestamps ??= SectionTimestamps(view)) is { Length: > 0 } stamps ? stamps[sentence] : null;

    /// <summary>
    /// For each sentence, the last timestamp at or before it in its section (the first date of a timestamp line);
    /// an empty array when the document has none (most have none: no array per document then).
    /// </summary>
    private static DateMention?[] SectionTimestamps(DocumentView view)
    {
        if (!HasTimestamp(view))
            return [];
        var stamps = new DateMention?[view.Count];
        for (int i = 0; i < view.Count; i++)
        {
            var dates = view.Dates[i];
            for (int k = 0; k < dates.Count; k++)
            {
                if (dates[k].IsTimestamp || view.Sentence(i).Kind == SentenceKind.Timestamp)
                {
                    stamps[i] = dates[k];
                    break;
                }
            }
            if (stamps[i] is null && i > 0 && view.Sentence(i - 1).Section == view.Sentence(i).Section)
                stamps[i] = stamps[i - 1];
        }
        return stamps;
    }

    /// <summary>Whether any sentence holds a date that <see cref="SectionTimestamps"/> would take.</summary>
    private static bool HasTimestamp(DocumentView view)
    {
        for (int i = 0; i < view.Count; i++)
        {
            var dates = view.Dates[i];
            if (dates.Count > 0 && view.Sentence(i).Kind == SentenceKind.Timestamp)
                return true;
            for (int k = 0; k < dates.Count; k++)
                if (dates[k].IsTimestamp)
                    return true;
        }
        return false;
    }

    /// <summary>The dates of a sentence that can date its events: not timestamps, not in brackets, not planned.</summary>
    private List<DateMention> Usable(DocumentView view, int sentence) =>
        view.UsableDates[sentence] ??= FindUsable(view, sentence);

    private List<DateMention> FindUsable(DocumentView view, int sentence)
    {
        if (view.Sentence(sentence).Kind == SentenceKind.Timestamp)
            return [];
        var words = view.Words[sentence];
        var text = view.Document.Text;
        bool anchored = view.Document.Anchor.Date is not null;
        var dates = view.Dates[sentence];
        var usable = new List<DateMention>(dates.Count);
        for (int k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            if (!d.IsTimestamp && !InBrackets(text, view.Sentence(sentence), d) && (anchored || HasYear(text, d))
                && lexicon.Before(CueSet.Modal, words, words.IndexAt(d.Start), 10) < 0)
                usable.Add(d);
        }
        return usable;
    }

    /// <summary>True when the expression itself states a year ("18 March 2005"); without an anchor, "March 18" has none.</summary>
    private static bool HasYear(string text, DateMention d)
    {
        int run = 0;
        foreach (var c in text.AsSpan(d.Start, d.Length))
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
                return true;
        }
        return false;
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
