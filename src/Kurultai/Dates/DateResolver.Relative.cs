using Kurultai.Model;

namespace Kurultai.Dates;

/// <summary>The relative facet: weekdays, "yesterday", "two weeks earlier", "last month", "for ten days", and year inference.</summary>
internal sealed partial class DateResolver
{
    /// <summary>
    /// The year of a yearless date: an explicit year framing the same paragraph ("In March 2005 … on 24 March");
    /// else the anchor's year, or the year before when that would put the date more than two days after the anchor;
    /// else the nearest explicit year earlier in the text (weak).
    /// </summary>
    private (int Year, double Confidence)? InferYear(int month, int day, int sentence, int paragraph)
    {
        for (int k = _frameYears.Count - 1; k >= 0; k--)
        {
            var (p, s, y) = _frameYears[k];
            if (p != paragraph) break;
            if (sentence - s <= 3) return (y, 0.85);
        }
        if (_anchor is { } a)
        {
            int year = a.Year;
            if (DateMath.Make(year, month, Math.Min(day, 28)) is { } d && d > a.AddDays(2)) return (year - 1, 0.8);
            return (year, 0.85);
        }
        return _anyYears.Count > 0 ? (_anyYears[^1], 0.4) : null;
    }

    private void Weekday(DateCandidate c, DateOnly? reference, int paragraph)
    {
        if (reference is not { } r || c.Weekday is not { } wd) return;
        DateOnly date = c.Cue switch
        {
            "next" or "coming" => DateMath.After(r, wd),
            "last" or "previous" => DateMath.OnOrBefore(r, wd, strict: true),
            _ => DateMath.OnOrBefore(r, wd),
        };
        Emit(c, date, null, DatePrecision.Day, 0.75, c.Cue is "next" or "coming" ? "weekday-next" : "weekday-relative");
        SetLastDay(date, paragraph);
    }

    private void AnchorDay(DateCandidate c, DateOnly? reference, int section, int paragraph)
    {
        if (reference is not { } r) return;
        int offset = c.Amount;
        // "tonight" written at 01.47 means the night that began the day before.
        if (c.Cue is "tonight" or "this evening" && _sectionDates.TryGetValue(section, out var stamp) && stamp.Minutes is >= 0 and < 300)
            offset -= 1;
        var date = r.AddDays(offset);
        Emit(c, date, null, DatePrecision.Day, 0.8, "relative-to-anchor");
        SetLastDay(date, paragraph);
    }

    private void Counted(DateCandidate c, DateOnly? reference, int paragraph)
    {
        var previous = _lastDay is { } last && _lastDayParagraph == paragraph ? last : reference;
        if (c.IsSpan)
        {
            if (previous is not { } end || c.Unit is "year" or "decade" && c.Amount > 3) return;
            var start = DateMath.AddUnits(end, c.Unit, -c.Amount).AddDays(1);
            Emit(c, start, end, DatePrecision.Span, 0.6, "span-ending-at-reference");
            return;
        }
        switch (c.Direction)
        {
            case "ago" or "back":
                if (reference is { } r) Ago(c, r);
                break;
            case "earlier" or "before" or "previously" or "after+":
                if ((_lastDay ?? reference) is { } e)
                    Offset(c, e, -c.Amount, c.Direction == "after+" ? 0.45 : 0.6, c.Direction == "after+" ? "offset-before-reference" : "offset-from-previous-date", paragraph);
                break;
            case "later" or "after" or "before+" or "on":
                if ((_lastDay ?? reference) is { } l)
                    Offset(c, l, c.Amount, c.Direction == "before+" ? 0.45 : 0.6, "offset-from-previous-date", paragraph);
                break;
        }
    }

    private void Ago(DateCandidate c, DateOnly reference)
    {
        var date = DateMath.AddUnits(reference, c.Unit, -c.Amount);
        switch (c.Unit)
        {
            case "day": Emit(c, date, null, DatePrecision.Day, 0.75, "ago"); break;
            case "week" or "fortnight": Emit(c, DateMath.WeekStart(date), DateMath.WeekStart(date).AddDays(6), DatePrecision.Week, 0.6, "ago"); break;
            case "month": Emit(c, DateMath.MonthStart(date), DateMath.MonthEnd(date), DatePrecision.Month, 0.6, "ago"); break;
            default: Emit(c, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31), DatePrecision.Year, 0.6, "ago"); break;
        }
    }

    private void Offset(DateCandidate c, DateOnly from, int amount, double confidence, string rule, int paragraph)
    {
        var date = DateMath.AddUnits(from, c.Unit, amount);
        var precision = c.Unit switch { "day" => DatePrecision.Day, "week" or "fortnight" => DatePrecision.Week, "month" => DatePrecision.Month, _ => DatePrecision.Year };
        Emit(c, date, null, precision, precision == DatePrecision.Day ? confidence : confidence - 0.1, rule);
        if (precision is DatePrecision.Day or DatePrecision.Week) SetLastDay(date, paragraph);
    }

    private void Period(DateCandidate c, DateOnly? reference)
    {
        var baseDate = c.Direction is "the previous" or "the following" ? _lastDay ?? reference : reference;
        if (baseDate is not { } r) return;
        int step = c.Direction switch
        {
            "last" or "previous" or "the previous" => -1,
            "next" or "coming" or "following" or "the following" => 1,
            _ => 0,
        };
        if (c.Direction is "past" or "the past" && c.Unit is "week" or "month" or "year" or "fortnight")
        {
            Emit(c, DateMath.AddUnits(r, c.Unit, -1), r, DatePrecision.Span, 0.65, "past-period");
            return;
        }
        switch (c.Unit)
        {
            case "week" or "fortnight":
                var week = DateMath.WeekStart(r).AddDays(7 * step);
                Emit(c, week, step == 0 ? r : week.AddDays(6), DatePrecision.Week, 0.7, "week");
                break;
            case "weekend":
                var saturday = step > 0 ? DateMath.After(r, DayOfWeek.Saturday) : DateMath.OnOrBefore(r, DayOfWeek.Saturday, strict: step < 0);
                Emit(c, saturday, saturday.AddDays(1), DatePrecision.Span, 0.6, "weekend");
                break;
            case "month":
                var month = DateMath.MonthStart(r).AddMonths(step);
                var monthTo = c.Modifier == "earlier" && step == 0 ? r : DateMath.MonthEnd(month);
                Emit(c, month, monthTo, monthTo == DateMath.MonthEnd(month) ? DatePrecision.Month : DatePrecision.Span, 0.7, "month-relative");
                break;
            case "year":
                var year = new DateOnly(r.Year + step, 1, 1);
                var yearTo = c.Modifier == "earlier" && step == 0 ? r : new DateOnly(r.Year + step, 12, 31);
                Emit(c, year, yearTo, yearTo.Month == 12 && yearTo.Day == 31 ? DatePrecision.Year : DatePrecision.Span, 0.7, "year-relative");
                break;
        }
    }
}
