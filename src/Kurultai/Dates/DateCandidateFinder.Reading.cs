using System.Text.RegularExpressions;
using Kurultai.Numbers;

namespace Kurultai.Dates;

/// <summary>The reading facet: turns a pattern's match into a <see cref="DateCandidate"/>.</summary>
internal sealed partial class DateCandidateFinder
{
    /// <summary>"Updated: Nov 19, 2021": the date of an edit, not of anything the article reports.</summary>
    private bool IsUpdateLabelled(string text, int start)
    {
        int from = Math.Max(0, start - 40);
        int newline = text.LastIndexOf('\n', Math.Max(0, start - 1), start - from);
        if (newline >= 0) from = newline + 1;
        return lexicon.UpdateLabels.Count > 0 && _updated.IsMatch(text.AsSpan(from, start - from));
    }

    private static void AddDayMonth(Match m, List<DateCandidate> into, bool updateLabel)
    {
        var month = m.Groups["m"];
        if (!IsCalendarWord(month.ValueSpan)) return;
        var weekday = m.Groups["wd"];
        if (weekday.Success && char.IsLower(weekday.ValueSpan[0])) return;
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.DayMonth,
            Day: Int(m, "d"), Day2: Int(m, "d2"), Month: CalendarWords.MonthOf(month.ValueSpan), Year: Int(m, "y"),
            Weekday: weekday.Success ? CalendarWords.WeekdayOf(weekday.ValueSpan) : null,
            Cue: month.Index < m.Groups["d"].Index ? "month-day" : "day-month", Modifier: updateLabel ? "updated" : ""));
    }

    private static void AddNumeric(Match m, List<DateCandidate> into)
    {
        int a = Int(m, "a"), b = Int(m, "b");
        (int day, int month) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : a == b ? (a, b) : (0, 0);
        if (day > 0) into.Add(new DateCandidate(m.Index, m.Length, DateForm.Numeric, Day: day, Month: month, Year: Int(m, "y")));
    }

    private static void AddMonthYear(Match m, List<DateCandidate> into)
    {
        var month = m.Groups["m"];
        if (!IsCalendarWord(month.ValueSpan)) return;
        bool cued = m.Groups["y"].Success || m.Groups["pre"].Success || m.Groups["mod"].Success || m.Groups["poss"].Success;
        if (!cued || !char.IsUpper(month.ValueSpan[0]) && !m.Groups["y"].Success) return;
        // "in March" needs the full month name or a dotted abbreviation: "in Mar" is rare, "in Jan" may be a name.
        if (!m.Groups["y"].Success && month.Length < 5 && !CalendarWords.FullMonthNames[CalendarWords.MonthOf(month.ValueSpan) - 1].Equals(month.Value, StringComparison.OrdinalIgnoreCase)) return;
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.MonthYear,
            Month: CalendarWords.MonthOf(month.ValueSpan), Year: Int(m, "y"),
            Cue: Word(m, "pre"), Modifier: Word(m, "mod")));
    }

    private void AddYear(string text, Match m, List<DateCandidate> into)
    {
        int end = m.Index + m.Length;
        int k = end;
        while (k < text.Length && text[k] == ' ') k++;
        int w = k;
        while (w < text.Length && char.IsLetter(text[w])) w++;
        if (w > k && lexicon.CountNouns.Contains(text.AsSpan(k, w - k))) return;
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.Year, Year: Int(m, "y"),
            Cue: Word(m, "pre"), Modifier: Word(m, "mod")));
    }

    private static void AddWeekday(Match m, List<DateCandidate> into)
    {
        var weekday = m.Groups["wd"];
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.Weekday,
            Weekday: CalendarWords.WeekdayOf(weekday.ValueSpan),
            Cue: Word(m, "rel"), Modifier: Word(m, "part")));
    }

    private static void AddCounted(string text, Match m, List<DateCandidate> into)
    {
        int amount = Amount(Word(m, "n"));
        if (amount <= 0) return;
        string dir = Word(m, "dir");
        string span = Word(m, "span");
        string past = Word(m, "pastw");
        bool isSpan = dir.Length == 0 && (span is "for" or "over" || past.EndsWith("past") || past.EndsWith("last") || past.EndsWith("previous"));
        if (!isSpan && dir.Length == 0) return;
        if (dir is "after" or "before" or "since" or "on" && FollowedByWord(text, m.Index + m.Length)) dir += "+";
        string unit = Word(m, "unit").TrimEnd('s');
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.Counted, Amount: amount, Unit: unit, Direction: dir, IsSpan: isSpan));
    }

    private static bool FollowedByWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsLetter(text[i]);
    }

    private static int Amount(string lower)
    {
        return lower switch
        {
            "a" or "an" => 1,
            "a couple of" => 2,
            "a few" or "several" => 3,
            _ when int.TryParse(lower, out int v) => v,
            _ => NumberWords.Units(lower),
        };
    }

    /// <summary>Rejects lower-case "may"/"march" (verbs) and other month words that are ordinary words.</summary>
    private static bool IsCalendarWord(ReadOnlySpan<char> month) =>
        char.IsUpper(month[0]) || !(month.Equals("may", StringComparison.Ordinal) || month.Equals("march", StringComparison.Ordinal)
            || month.Equals("mar", StringComparison.Ordinal) || month.Equals("jan", StringComparison.Ordinal));

    /// <summary>Lower case with single spaces: "The  Previous" → "the previous".</summary>
    internal static string Normal(string s)
    {
        if (s.Length == 0) return s;
        var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts).ToLowerInvariant();
    }

    /// <summary>A group's text, lower-cased with single spaces, as a shared string (no allocation for pattern words).</summary>
    internal static string Word(Match m, string group)
    {
        var g = m.Groups[group];
        if (!g.Success || g.Length == 0) return "";
        return s_vocabulary.TryGetValue(g.ValueSpan, out var known) ? known : Normal(g.Value);
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_vocabulary = new[]
    {
        "in", "during", "since", "by", "until", "till", "from", "through", "throughout", "of", "last", "next", "this", "before", "after",
        "for", "early", "mid", "late", "the beginning of", "the start of", "the middle of", "the end of", "past", "coming", "on", "previous",
        "morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "lunchtime", "ago", "earlier", "later", "previously", "back",
        "over", "the past", "the last", "the previous", "the next", "the coming", "following", "the following", "over the", "at the",
        "during the", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades",
        "weekend", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a few",
        "a couple of", "several",
    }.ToDictionary(w => w, w => w, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int Int(Match m, string group) =>
        m.Groups[group] is { Success: true } g && int.TryParse(g.ValueSpan, out int v) ? v : 0;

    private static int Minutes(Match m)
    {
        int h = Int(m, "h"), min = Int(m, "min");
        var ampm = m.Groups["ampm"].Value;
        if (ampm.StartsWith('p') || ampm.StartsWith('P')) { if (h < 12) h += 12; }
        else if ((ampm.StartsWith('a') || ampm.StartsWith('A')) && h == 12) h = 0;
        return h * 60 + min;
    }
}
