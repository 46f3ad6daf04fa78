using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Dates;

/// <summary>
/// Turns date candidates into calendar dates, in text order, keeping the context each needs: the anchor, the live-blog
/// section's timestamp date, the previous resolved day ("the following day") and the explicit years seen so far
/// (for yearless dates such as "March 18").
/// </summary>
internal sealed partial class DateResolver
{
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly DateOnly? _anchor;
    private readonly Dictionary<int, (DateOnly Date, int Minutes)> _sectionDates = [];
    private readonly List<(int Paragraph, int Sentence, int Year)> _frameYears = [];
    private readonly List<int> _anyYears = [];
    private readonly ImmutableArray<DateMention>.Builder _out = ImmutableArray.CreateBuilder<DateMention>();
    private DateOnly? _lastDay;
    private int _lastDayParagraph = -1;

    private DateResolver(ImmutableArray<Sentence> sentences, DateOnly? anchor)
    {
        _sentences = sentences;
        _anchor = anchor is { } a && DateMath.InRange(a) ? a : null;
    }

    public static ImmutableArray<DateMention> Resolve(
        ImmutableArray<Sentence> sentences, DateOnly? anchor, List<DateCandidate> candidates,
        List<TimestampLine> stamps, (DateOnly? Date, DateOnly? Correction)[] stampDates)
    {
        var resolver = new DateResolver(sentences, anchor);
        int s = 0;
        foreach (var c in candidates)
        {
            while (s < stamps.Count && stamps[s].Start <= c.Start) resolver.Stamp(stamps[s], stampDates[s++]);
            if (s > 0 && c.Start < stamps[s - 1].Start + stamps[s - 1].Length) continue; // inside the timestamp line
            resolver.Candidate(c);
        }
        while (s < stamps.Count) resolver.Stamp(stamps[s], stampDates[s++]);
        return resolver._out.DrainToImmutable();
    }

    private void Stamp(TimestampLine line, (DateOnly? Date, DateOnly? Correction) dated)
    {
        if (dated.Date is not { } date) return;
        bool dayKnown = line.Month > 0;
        double confidence = dated.Correction is null ? (dayKnown ? 0.9 : 0.6) : 0.4;
        string rule = (dayKnown ? "live-blog-timestamp" : "live-blog-time") + (dated.Correction is null ? "" : "+chronology-correction");
        _out.Add(new DateMention(line.Start, line.Length, date, null, DatePrecision.Day, confidence, rule, dated.Correction, IsTimestamp: true));
        var effective = dated.Correction ?? date;
        var (_, paragraph, section) = Locate(line.Start);
        _sectionDates[section] = (effective, line.Minutes);
        SetLastDay(effective, paragraph);
    }

    private void Candidate(DateCandidate c)
    {
        var (sentence, paragraph, section) = Locate(c.Start);
        var reference = _sectionDates.TryGetValue(section, out var sd) ? sd.Date : _anchor;
        switch (c.Form)
        {
            case DateForm.DayMonth: DayMonth(c, sentence, paragraph); break;
            case DateForm.Iso:
            case DateForm.Numeric:
                if (DateMath.Make(c.Year, c.Month, c.Day) is { } exact)
                {
                    Emit(c, exact, null, DatePrecision.Day, c.Form == DateForm.Iso ? 0.95 : 0.85, c.Form == DateForm.Iso ? "iso-date" : "numeric-date");
                    NoteYear(c.Year, sentence, paragraph);
                    SetLastDay(exact, paragraph);
                }
                break;
            case DateForm.MonthYear: MonthYear(c, sentence, paragraph); break;
            case DateForm.Year: Year(c, sentence, paragraph); break;
            case DateForm.Weekday: Weekday(c, reference, paragraph); break;
            case DateForm.Time:
                if ((_sectionDates.TryGetValue(section, out var stamp) ? stamp.Date : _lastDay ?? reference) is { } day)
                    Emit(c, day, null, DatePrecision.Day, 0.5, "time-of-day");
                break;
            case DateForm.Counted: Counted(c, reference, paragraph); break;
            case DateForm.Period: Period(c, reference); break;
            case DateForm.AnchorDay: AnchorDay(c, reference, section, paragraph); break;
            case DateForm.PreviousDay:
                if ((_lastDay ?? reference) is { } previous)
                {
                    var d = previous.AddDays(c.Amount);
                    Emit(c, d, null, DatePrecision.Day, _lastDay is null ? 0.45 : 0.65, "relative-to-previous-date");
                    SetLastDay(d, paragraph);
                }
                break;
            case DateForm.Recent:
                if (reference is { } r)
                    Emit(c, r.AddDays(-c.Amount), r.AddDays(-1), DatePrecision.Span, 0.35, "recently");
                break;
        }
    }

    private void DayMonth(DateCandidate c, int sentence, int paragraph)
    {
        int year = c.Year;
        double confidence = 0.95;
        string rule = c.Cue;
        if (year == 0)
        {
            if (InferYear(c.Month, c.Day, sentence, paragraph) is not { } inferred) return;
            (year, confidence) = inferred;
        }
        else
        {
            rule += "-year";
            NoteYear(year, sentence, paragraph);
        }
        if (DateMath.Make(year, c.Month, c.Day) is not { } date) return;
        DateOnly? end = c.Day2 > c.Day ? DateMath.Make(year, c.Month, c.Day2) : null;
        if (c.Weekday is { } wd && wd != date.DayOfWeek) confidence = Math.Min(confidence, 0.6);
        if (c.Modifier == "updated")
        {
            Emit(c, date, null, DatePrecision.Day, 0.5, "update-date");
            return;
        }
        Emit(c, date, end, end is null ? DatePrecision.Day : DatePrecision.Span, confidence, end is null ? rule : rule + "-range");
        SetLastDay(end ?? date, paragraph);
    }

    private void MonthYear(DateCandidate c, int sentence, int paragraph)
    {
        int year = c.Year;
        double confidence = 0.9;
        if (year == 0)
        {
            if (c.Cue is "next" or "last" && _anchor is { } a)
            {
                year = c.Cue == "next" ? (c.Month > a.Month ? a.Year : a.Year + 1) : (c.Month < a.Month ? a.Year : a.Year - 1);
                confidence = 0.75;
            }
            else if (InferYear(c.Month, 1, sentence, paragraph) is { } inferred)
            {
                (year, confidence) = (inferred.Year, Math.Min(0.75, inferred.Confidence));
            }
            else return;
        }
        else NoteYear(year, sentence, paragraph);
        if (DateMath.Make(year, c.Month, 1) is not { } start) return;
        var monthEnd = DateMath.MonthEnd(start);
        var (from, to) = Part(c.Modifier, start, monthEnd, 10);
        bool whole = from == start && to == monthEnd;
        Emit(c, from, to, whole ? DatePrecision.Month : DatePrecision.Span, confidence, c.Year > 0 ? "month-year" : "month");
    }

    private void Year(DateCandidate c, int sentence, int paragraph)
    {
        if (_anchor is { } a && c.Year > a.Year + 10) return;
        if (DateMath.Make(c.Year, 1, 1) is not { } start) return;
        var end = new DateOnly(c.Year, 12, 31);
        var (from, to) = Part(c.Modifier, start, end, 92);
        bool cued = c.Cue.Length > 0 || c.Modifier.Length > 0;
        Emit(c, from, to, from == start && to == end ? DatePrecision.Year : DatePrecision.Span, cued ? 0.9 : 0.6, cued ? "year" : "bare-year");
        _anyYears.Add(c.Year);
        if (c.Cue is "in" or "during") _frameYears.Add((paragraph, sentence, c.Year));
    }

    /// <summary>Narrows a month or year to its early, middle or late part ("early April" → 1–10 April).</summary>
    private static (DateOnly From, DateOnly To) Part(string modifier, DateOnly start, DateOnly end, int partDays)
    {
        if (modifier.Length == 0) return (start, end);
        int total = end.DayNumber - start.DayNumber + 1;
        int third = Math.Max(1, Math.Min(partDays, total / 3));
        return modifier switch
        {
            "early" or "the beginning of" or "the start of" => (start, start.AddDays(third - 1)),
            "mid" or "the middle of" => (start.AddDays(third), end.AddDays(-third)),
            "late" or "the end of" => (end.AddDays(-(third - 1)), end),
            _ => (start, end),
        };
    }

    private void Emit(DateCandidate c, DateOnly date, DateOnly? end, DatePrecision precision, double confidence, string rule)
    {
        if (!DateMath.InRange(date)) return;
        _out.Add(new DateMention(c.Start, c.Length, date, end, precision, confidence, rule));
    }

    private void SetLastDay(DateOnly date, int paragraph)
    {
        _lastDay = date;
        _lastDayParagraph = paragraph;
    }

    private void NoteYear(int year, int sentence, int paragraph)
    {
        _anyYears.Add(year);
        _frameYears.Add((paragraph, sentence, year));
    }

    private (int Sentence, int Paragraph, int Section) Locate(int offset)
    {
        if (_sentences.IsDefaultOrEmpty) return (0, 0, 0);
        int lo = 0, hi = _sentences.Length - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        var s = _sentences[found];
        return (found, s.Paragraph, s.Section);
    }
}
