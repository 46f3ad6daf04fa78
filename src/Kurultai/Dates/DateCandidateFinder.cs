using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Kurultai.Model;
using Kurultai.Numbers;
using Kurultai.Segment;

namespace Kurultai.Dates;

/// <summary>
/// Runs every date pattern over the text and keeps, where expressions overlap, the longest one:
/// "Monday, 17 May 2010" wins over "Monday" and "May 2010".
/// </summary>
internal sealed partial class DateCandidateFinder(DateLexicon lexicon)
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            if (!MonthBefore(text, tokens, t) && TryAt(DatePatterns.YearOnly(), text, tokens, t, 4, YearStarts) is { } year) AddYear(text, year, all);
        }
        if ((value.Count('.') == 2 || (next < tokens.Length && W(text, tokens[next]) is "/")) && TryAt(DatePatterns.Numeric(), text, tokens, t, 0) is { } numeric)
            AddNumeric(numeric, all);
        if ((value.ContainsAny('.', ':') || next < tokens.Length && IsAmPm(W(text, tokens[next]))) && TryAt(DatePatterns.TimeOfDay(), text, tokens, t, 1) is { } time)
            all.Add(new DateCandidate(time.Index, time.Length, DateForm.Time, Minutes: Minutes(time)));
        if (next < tokens.Length && IsUnit(W(text, tokens[next])) && TryAt(DatePatterns.Counted(), text, tokens, t, 4, CountedStarts) is { } counted)
            AddCounted(text, counted, all);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WordTrigger(string text, ReadOnlySpan<Token> tokens, int t, List<DateCandidate> all)
    {
        var w = W(text, tokens[t]);
        if (!_triggers.Contains(w)) return;
        if (CalendarWords.MonthOf(w) > 0 && CalendarWords.IsMonth(w))
        {
            if (t + 1 < tokens.Length && (tokens[t + 1].Kind == TokenKind.Number || t + 2 < tokens.Length && tokens[t + 2].Kind == TokenKind.Number)
                && TryAt(DatePatterns.DayMonth(), text, tokens, t, 0) is { } dm)
                AddDayMonth(dm, all, IsUpdateLabelled(text, dm.Index));
            if (TryAt(DatePatterns.MonthYear(), text, tokens, t, 4, YearStarts) is { } my) AddMonthYear(my, all);
            return;
        }
        if (CalendarWords.WeekdayOf(w) is not null && (CalendarWords.IsWeekday(w) || w.Length <= 4))
        {
            if (TryAt(DatePatterns.DayMonth(), text, tokens, t, 0) is { } dm) AddDayMonth(dm, all, IsUpdateLabelled(text, dm.Index));
            if (CalendarWords.IsWeekday(w) && TryAt(DatePatterns.Weekday(), text, tokens, t, 1, WeekdayStarts) is { } wd) AddWeekday(wd, all);
            return;
        }
        if (IsUnit(w) && TryAt(DatePatterns.Counted(), text, tokens, t, 5, CountedStarts) is { } counted) AddCounted(text, counted, all);
        if (IsPeriodUnit(w) && TryAt(DatePatterns.Period(), text, tokens, t, 3, PeriodStarts) is { } m)
            all.Add(new DateCandidate(m.Index, m.Length, DateForm.Period, Direction: Word(m, "dir"), Unit: Word(m, "unit"), Modifier: Word(m, "within")));
        if (_relative.IsTrigger(w)) _relative.TryAt(text, tokens, t, all);
    }

    /// <summary>
    /// Tries an anchored pattern at the starts of tokens <paramref name="t"/> − <paramref name="back"/> … <paramref name="t"/>,
    /// earliest first, and takes the first match that reaches the trigger token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Match? TryAt(Regex regex, string text, ReadOnlySpan<Token> tokens, int t, int back, WordSet? starts = null)
    {
        for (int s = Math.Max(0, t - back); s <= t; s++)
        {
            // An earlier start must be a word the pattern can open with ("in", "the", "for", a number): skip the rest.
            if (s < t && starts is not null && tokens[s].Kind != TokenKind.Number && !starts.Contains(W(text, tokens[s]))) continue;
            var m = regex.Match(text, tokens[s].Start);
            if (m.Success && m.Index + m.Length > tokens[t].Start) return m;
        }
        return null;
    }

    private static readonly WordSet YearStarts = new(
        ["in", "during", "since", "by", "until", "till", "from", "through", "throughout", "of", "last", "next", "this", "before", "after",
         "for", "early", "mid", "late", "the"]);

    private static readonly WordSet CountedStarts = new(
        ["for", "over", "during", "in", "of", "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "several"]);

    private static readonly WordSet WeekdayStarts = new(
        ["last", "next", "this", "past", "coming", "on", "by", "until", "since", "from", "late", "early", "previous"]);

    private static readonly WordSet PeriodStarts = new(
        ["earlier", "later", "last", "past", "this", "next", "coming", "previous", "following", "the", "over", "at", "during"]);

    /// <summary>A month name just before a four-digit number: it is the year of "May 2010" or "17 May 2010", read there.</summary>
    private static bool MonthBefore(string text, ReadOnlySpan<Token> tokens, int t) =>
        t >= 1 && MonthAt(text, tokens, t - 1)
        || t >= 2 && W(text, tokens[t - 1]) is "," && (MonthAt(text, tokens, t - 2)
            || t >= 3 && tokens[t - 2].Kind == TokenKind.Number && MonthAt(text, tokens, t - 3));

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

    /// <summary>Keeps the longest of overlapping candidates (earlier start on ties); returns them in text order.</summary>
    /// <remarks>Candidates fall into small clusters of mutually overlapping spans; each cluster is settled on its own.</remarks>
    private static List<DateCandidate> RemoveOverlaps(List<DateCandidate> all)
    {
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<DateCandidate>(all.Count);
        var cluster = new List<DateCandidate>();
        int clusterEnd = -1;
        foreach (var c in all)
        {
            if (cluster.Count > 0 && c.Start >= clusterEnd) Settle(cluster, kept);
            cluster.Add(c);
            clusterEnd = cluster.Count == 1 ? c.End : Math.Max(clusterEnd, c.End);
        }
        Settle(cluster, kept);
        return kept;
    }

    private static readonly Comparer<DateCandidate> ByStart = Comparer<DateCandidate>.Create((a, b) => a.Start.CompareTo(b.Start));

    private static void Settle(List<DateCandidate> cluster, List<DateCandidate> kept)
    {
        if (cluster.Count == 1) kept.Add(cluster[0]);
        else if (cluster.Count > 1)
        {
            cluster.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
            int first = kept.Count;
            foreach (var c in cluster)
            {
                bool free = true;
                for (int k = first; k < kept.Count && free; k++)
                    free = c.End <= kept[k].Start || kept[k].End <= c.Start;
                if (free) kept.Add(c);
            }
            kept.Sort(first, kept.Count - first, ByStart);
        }
        cluster.Clear();
    }
}
