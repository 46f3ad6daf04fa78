using System.Collections.Immutable;
using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>One live-blog timestamp line as read: its span, the day and month it names (0 when only a time), the
/// year when written, and the minute of the day.</summary>
internal readonly record struct TimestampLine(int Start, int Length, int Day, int Month, int Year, int Minutes);

/// <summary>
/// Reads the document's Timestamp sentences ("7 April 15.11", "10:32 GMT") and dates them: the year is the one
/// written, else the anchor's (the year before when the first stamp would fall after the anchor), carried forward
/// across a December→January turn; a time-only stamp takes the previous stamp's day. Then the
/// <see cref="ChronologyChecker"/> proposes corrections for stamps that break the order.
/// </summary>
internal static class TimestampReader
{
    public static List<TimestampLine> Read(string text, ImmutableArray<Sentence> sentences)
    {
        var lines = new List<TimestampLine>();
        foreach (var s in sentences)
        {
            if (s.Kind != SentenceKind.Timestamp) continue;
            var m = LinePatterns.Timestamp().Match(text, s.Start, s.Length);
            if (!m.Success) continue;
            int day = Int(m.Groups["d"]), year = Int(m.Groups["y"]);
            int month = m.Groups["m"].Success ? CalendarWords.MonthOf(m.Groups["m"].ValueSpan) : 0;
            int h = Int(m.Groups["h"]), min = Int(m.Groups["min"]);
            var ampm = m.Groups["ampm"].Value;
            if (ampm.Length > 0 && char.ToLowerInvariant(ampm[0]) == 'p' && h < 12) h += 12;
            else if (ampm.Length > 0 && char.ToLowerInvariant(ampm[0]) == 'a' && h == 12) h = 0;
            lines.Add(new TimestampLine(s.Start, s.Length, day, month, year, h * 60 + min));
        }
        return lines;
    }

    /// <summary>Dates each stamp (null when no day can be known) and proposes chronology corrections.</summary>
    public static (DateOnly? Date, DateOnly? Correction)[] Resolve(List<TimestampLine> lines, DateOnly? anchor)
    {
        if (lines.Count == 0) return []; // most articles are not live blogs
        var result = new (DateOnly? Date, DateOnly? Correction)[lines.Count];
        int year = 0;
        DateOnly? previous = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Month == 0 || line.Day == 0)
            {
                result[i] = (previous ?? anchor, null);
                continue;
            }
            if (line.Year > 0) year = line.Year;
            else if (year == 0 && anchor is { } a)
            {
                year = a.Year;
                if (DateMath.Make(year, line.Month, line.Day) is { } first && first > a.AddDays(2)) year--;
            }
            else if (year > 0 && previous is { } p && line.Month < p.Month && p.Month - line.Month >= 6) year++;
            var date = year > 0 ? DateMath.Make(year, line.Month, line.Day) : null;
            result[i] = (date, null);
            if (date is not null) previous = date;
        }
        var dated = Enumerable.Range(0, lines.Count).Where(i => result[i].Date is not null && lines[i].Month > 0).ToList();
        var corrections = ChronologyChecker.Check(dated.Select(i => (result[i].Date!.Value, lines[i].Minutes)).ToList());
        for (int k = 0; k < dated.Count; k++)
            if (corrections[k] is { } fix) result[dated[k]] = (result[dated[k]].Date, fix);
        return result;
    }

    private static int Int(System.Text.RegularExpressions.Group g) => g.Success && int.TryParse(g.ValueSpan, out int v) ? v : 0;
}
