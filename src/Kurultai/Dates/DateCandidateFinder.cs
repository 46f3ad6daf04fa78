using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kurultai.Model;
using Kurultai.Numbers;
using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>
/// Runs every date pattern over the text and keeps, where expressions overlap, the longest one:
/// "Monday, 17 May 2010" wins over "Monday" and "May 2010".
/// </summary>
internal sealed class DateCandidateFinder(DateLexicon lexicon)
{
    private readonly RelativePhrases _relative = new(lexicon);

    /// <summary>Every word that can set off a date pattern: month and weekday names, units, relative words.</summary>
    private readonly WordSet _triggers = new(
        CalendarWords.FullMonthNames.Concat(CalendarWords.FullWeekdayNames)
            .Concat(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
            .Concat(["day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight", "fortnights", "decade", "decades", "weekend"])
            .Concat(lexicon.AnchorDays.Keys.Concat(lexicon.PreviousDays.Keys).Concat(lexicon.Recent.Keys).SelectMany(p => p.Split(' '))
                .Where(w => w.Length >= 3 && w is not ("the" or "that" or "over" or "few" or "same" or "past"))));
    private readonly Regex _updated = new(
        "\\b(?:" + string.Join("|", lexicon.UpdateLabels.Select(l => string.Join("\\s+", l.Split(' ').Select(Regex.Escape)))) + ")\\b[^\\n]{0,12}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Every date expression in the text. Each anchored pattern is tried only at the token starts just before a
    /// trigger (a number, a month or weekday name, a relative word) and only when the trigger's neighbours allow it:
    /// "17" is tried as a day only before a month, as a year only with four digits, as a time only with a separator.
    /// </summary>
    public List<DateCandidate> Find(string text, ImmutableArray<Token> tokenArray)
    {
        var all = new List<DateCandidate>();
        var tokens = tokenArray.AsSpan();
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Number) NumberTrigger(text, tokens, t, all);
            else if (token.Kind == TokenKind.Word && token.Length >= 3) WordTrigger(text, tokens, t, all);
        }
        return RemoveOverlaps(all);
    }

    private void NumberTrigger(string text, ReadOnlySpan<Token> tokens, int t, List<DateCandidate> all)
    {
        var token = tokens[t];
        var value = W(text, token);
        int next = t + 1;
        if (next < tokens.Length && tokens[next].Start == token.End && IsOrdinal(W(text, tokens[next]))) next++;
        if (MonthAt(text, tokens, next) || (Is(text, tokens, next, "of") && MonthAt(text, tokens, next + 1))
            || (IsRangeJoin(text, tokens, next) && next + 1 < tokens.Length && tokens[next + 1].Kind == TokenKind.Number
                && (MonthAt(text, tokens, next + 2) || MonthAt(text, tokens, next + 3) || Is(text, tokens, next + 2, "of"))))
            if (TryAt(DatePatterns.DayMonth(), text, tokens, t, 0) is { } dm) AddDayMonth(dm, all, IsUpdateLabelled(text, dm.Index));
        if (value.Length == 4 && value[0] is '1' or '2')
        {
            if (next < tokens.Length && W(text, tokens[next]) is "-" && TryAt(DatePatterns.Iso(), text, tokens, t, 0) is { } iso)
                all.Add(new DateCandidate(iso.Index, iso.Length, DateForm.Iso, Day: Int(iso, "d"), Month: Int(iso, "mo"), Year: Int(iso, "y")));
            if (TryAt(DatePatterns.YearOnly(), text, tokens, t, 4) is { } year) AddYear(text, year, all);
        }
        if ((value.Count('.') == 2 || (next < tokens.Length && W(text, tokens[next]) is "/")) && TryAt(DatePatterns.Numeric(), text, tokens, t, 0) is { } numeric)
            AddNumeric(numeric, all);
        if ((value.ContainsAny('.', ':') || next < tokens.Length && IsAmPm(W(text, tokens[next]))) && TryAt(DatePatterns.TimeOfDay(), text, tokens, t, 1) is { } time)
            all.Add(new DateCandidate(time.Index, time.Length, DateForm.Time, Minutes: Minutes(time)));
        if (next < tokens.Length && IsUnit(W(text, tokens[next])) && TryAt(DatePatterns.Counted(), text, tokens, t, 4) is { } counted)
            AddCounted(text, counted, all);
    }

    private void WordTrigger(string text, ReadOnlySpan<Token> tokens, int t, List<DateCandidate> all)
    {
        var w = W(text, tokens[t]);
        if (!_triggers.Contains(w)) return;
        if (CalendarWords.MonthOf(w) > 0 && CalendarWords.IsMonth(w))
        {
            if (t + 1 < tokens.Length && (tokens[t + 1].Kind == TokenKind.Number || t + 2 < tokens.Length && tokens[t + 2].Kind == TokenKind.Number)
                && TryAt(DatePatterns.DayMonth(), text, tokens, t, 0) is { } dm)
                AddDayMonth(dm, all, IsUpdateLabelled(text, dm.Index));
            if (TryAt(DatePatterns.MonthYear(), text, tokens, t, 4) is { } my) AddMonthYear(my, all);
            return;
        }
        if (CalendarWords.WeekdayOf(w) is not null && (CalendarWords.IsWeekday(w) || w.Length <= 4))
        {
            if (TryAt(DatePatterns.DayMonth(), text, tokens, t, 0) is { } dm) AddDayMonth(dm, all, IsUpdateLabelled(text, dm.Index));
            if (CalendarWords.IsWeekday(w) && TryAt(DatePatterns.Weekday(), text, tokens, t, 1) is { } wd) AddWeekday(wd, all);
            return;
        }
        if (IsUnit(w) && TryAt(DatePatterns.Counted(), text, tokens, t, 5) is { } counted) AddCounted(text, counted, all);
        if (IsPeriodUnit(w) && TryAt(DatePatterns.Period(), text, tokens, t, 3) is { } m)
            all.Add(new DateCandidate(m.Index, m.Length, DateForm.Period,
                Direction: Normal(m.Groups["dir"].Value), Unit: m.Groups["unit"].Value.ToLowerInvariant(), Modifier: m.Groups["within"].Value.ToLowerInvariant()));
        if (_relative.IsTrigger(w)) _relative.TryAt(text, tokens, t, all);
    }

    /// <summary>
    /// Tries an anchored pattern at the starts of tokens <paramref name="t"/> − <paramref name="back"/> … <paramref name="t"/>,
    /// earliest first, and takes the first match that reaches the trigger token.
    /// </summary>
    internal static Match? TryAt(Regex regex, string text, ReadOnlySpan<Token> tokens, int t, int back)
    {
        for (int s = Math.Max(0, t - back); s <= t; s++)
        {
            var m = regex.Match(text, tokens[s].Start);
            if (m.Success && m.Index + m.Length > tokens[t].Start) return m;
        }
        return null;
    }

    private static ReadOnlySpan<char> W(string text, Token t) => text.AsSpan(t.Start, t.Length);

    private static bool Is(string text, ReadOnlySpan<Token> tokens, int i, string word) =>
        i < tokens.Length && W(text, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool MonthAt(string text, ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Word && CalendarWords.MonthOf(W(text, tokens[i])) > 0 && CalendarWords.IsMonth(W(text, tokens[i]));

    private static bool IsRangeJoin(string text, ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && (W(text, tokens[i]) is "-" or "–" or "—" || Is(text, tokens, i, "to") || Is(text, tokens, i, "and")
            || Is(text, tokens, i, "until") || Is(text, tokens, i, "till") || Is(text, tokens, i, "through"));

    private static bool IsOrdinal(ReadOnlySpan<char> w) => w is "st" or "nd" or "rd" or "th";

    private static bool IsAmPm(ReadOnlySpan<char> w) =>
        w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
        || w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase)
        || w.Equals("GMT", StringComparison.Ordinal) || w.Equals("BST", StringComparison.Ordinal) || w.Equals("UTC", StringComparison.Ordinal);

    private static bool IsUnit(ReadOnlySpan<char> w)
    {
        var lower = w.TrimEnd('s');
        return lower.Equals("day", StringComparison.OrdinalIgnoreCase) || lower.Equals("week", StringComparison.OrdinalIgnoreCase)
            || lower.Equals("month", StringComparison.OrdinalIgnoreCase) || lower.Equals("year", StringComparison.OrdinalIgnoreCase)
            || lower.Equals("fortnight", StringComparison.OrdinalIgnoreCase) || lower.Equals("decade", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPeriodUnit(ReadOnlySpan<char> w) =>
        w.Equals("week", StringComparison.OrdinalIgnoreCase) || w.Equals("month", StringComparison.OrdinalIgnoreCase)
        || w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("weekend", StringComparison.OrdinalIgnoreCase)
        || w.Equals("fortnight", StringComparison.OrdinalIgnoreCase);

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
            Cue: m.Groups["pre"].Value.ToLowerInvariant(), Modifier: Normal(m.Groups["mod"].Value)));
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
            Cue: m.Groups["pre"].Value.ToLowerInvariant(), Modifier: Normal(m.Groups["mod"].Value)));
    }

    private static void AddWeekday(Match m, List<DateCandidate> into)
    {
        var weekday = m.Groups["wd"];
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.Weekday,
            Weekday: CalendarWords.WeekdayOf(weekday.ValueSpan),
            Cue: m.Groups["rel"].Value.ToLowerInvariant(), Modifier: m.Groups["part"].Value.ToLowerInvariant()));
    }

    private static void AddCounted(string text, Match m, List<DateCandidate> into)
    {
        int amount = Amount(m.Groups["n"].Value);
        if (amount <= 0) return;
        string dir = m.Groups["dir"].Value.ToLowerInvariant();
        string span = m.Groups["span"].Value.ToLowerInvariant();
        string past = m.Groups["pastw"].Value.ToLowerInvariant();
        bool isSpan = dir.Length == 0 && (span is "for" or "over" || past.EndsWith("past") || past.EndsWith("last") || past.EndsWith("previous"));
        if (!isSpan && dir.Length == 0) return;
        if (dir is "after" or "before" or "since" or "on" && FollowedByWord(text, m.Index + m.Length)) dir += "+";
        string unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        into.Add(new DateCandidate(m.Index, m.Length, DateForm.Counted, Amount: amount, Unit: unit, Direction: dir, IsSpan: isSpan));
    }

    private static bool FollowedByWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsLetter(text[i]);
    }

    private static int Amount(string n)
    {
        var lower = Normal(n);
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

    /// <summary>Keeps the longest of overlapping candidates (earlier start on ties); returns them in text order.</summary>
    private static List<DateCandidate> RemoveOverlaps(List<DateCandidate> all)
    {
        all.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<DateCandidate>();
        var taken = new SortedList<int, int>(); // start -> end of kept spans
        foreach (var c in all)
        {
            if (Overlaps(taken, c.Start, c.End)) continue;
            taken.Add(c.Start, c.End);
            kept.Add(c);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool Overlaps(SortedList<int, int> taken, int start, int end)
    {
        var keys = taken.Keys;
        int lo = 0, hi = keys.Count - 1, before = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (keys[mid] < end) { before = mid; lo = mid + 1; } else hi = mid - 1;
        }
        // The kept span starting latest before `end` is the only one that can overlap (kept spans are disjoint).
        return before >= 0 && taken.Values[before] > start;
    }
}
