using System.Text.RegularExpressions;

namespace Kurultai.Dates;

/// <summary>
/// The fixed grammar of English calendar expressions as compiled regexes: "17 May 2010", "Oct. 5th", "May 13-14",
/// "the 6 April", "2010-04-07", "13/05/2010", "March 2005", "in 2005", "last Monday", "Tuesday evening", "at 4pm".
/// </summary>
/// <remarks>
/// Every pattern is anchored (<c>\G</c>): the finder tries it only at token starts near a trigger word, never by
/// scanning the whole text. Patterns are case-insensitive; the finder rejects lower-case "may"/"march" and weekday abbreviations that are
/// ordinary words. Numbers glued to other numbers ("5,000") never start a day.
/// </remarks>
public static partial class DatePatterns
{
    private const string Ord = "(?:st|nd|rd|th)?";
    private const string Day = "(?<d>[0-3]?\\d)" + Ord + "(?![\\d,.:]\\d)";
    private const string Day2 = "(?<d2>[0-3]?\\d)" + Ord + "(?![\\d,.:]\\d)";
    private const string RangeJoin = "\\s*(?:-|–|—|to|and|until|till|through)\\s*";
    private const string Year = "(?<y>(?:1[89]|20)\\d\\d)(?![\\d,.:]?\\d)";
    /// <summary>The period of an abbreviated month ("Oct."), never the full stop after a full name ("in April.").</summary>
    private const string MonthDot = "(?:(?<=(?:\\bJan|\\bFeb|\\bMar|\\bApr|\\bJun|\\bJul|\\bAug|\\bSept?|\\bOct|\\bNov|\\bDec))\\.)?";
    private const string WeekdayPrefix = "(?:(?<wd>" + CalendarWords.Weekday + ")\\.?,?\\s+(?:the\\s+)?)?";

    /// <summary>Day and month with optional weekday, day range and year: "Monday, 17 May 2010", "13-14 May", "May 13-14, 2010".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w.,:/-])" + WeekdayPrefix +
        "(?:" + Day + "(?:" + RangeJoin + Day2 + ")?\\s+(?:of\\s+)?(?<m>" + CalendarWords.Month + ")" + MonthDot + "(?:,?\\s+" + Year + ")?" +
        "|(?<m>" + CalendarWords.Month + ")\\.?\\s+" + Day + "(?:" + RangeJoin + Day2 + ")?(?:,?\\s+" + Year + ")?)" +
        "(?![\\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DayMonth();

    /// <summary>ISO dates: "2010-04-07".</summary>
    [GeneratedRegex("\\G(?<![\\w-])(?<y>(?:19|20)\\d\\d)-(?<mo>0?[1-9]|1[0-2])-(?<d>0?[1-9]|[12]\\d|3[01])(?![\\w-])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Iso();

    /// <summary>Numeric dates with a four-digit year: "5/13/2010", "13.05.2010" (kept only when unambiguous).</summary>
    [GeneratedRegex("\\G(?<![\\w/.])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d\\d)(?![\\w/])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Numeric();

    /// <summary>A month with a year or a time cue: "March 2005", "in early April", "late May", "the end of October".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w-])(?:(?<pre>in|during|since|by|until|till|from|through|throughout|of|last|next|this|before|after)\\s+)?" +
        "(?:(?<mod>early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of)[-\\s]+)?" +
        "(?<m>" + CalendarWords.Month + ")" + MonthDot + "(?:\\s+(?:of\\s+)?" + Year + ")?(?<poss>['’]s)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex MonthYear();

    /// <summary>A year: "in 2005", "the 2005 revolution", "since 1991", "at the end of 2019".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w,.$£€/-])(?:(?<pre>in|since|by|until|till|during|from|of|for|before|after|throughout)\\s+)?" +
        "(?:(?<mod>early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of)[-\\s]+)?" +
        Year + "(?!['’]?s\\b|-\\d|\\s*%)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex YearOnly();

    /// <summary>A weekday with its cue and part of day: "on Monday", "last Friday", "Tuesday evening", "Sunday's vote".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w-])(?:(?<rel>last|next|this|past|coming|on|by|until|since|from|late|early|previous)\\s+)?" +
        "(?<wd>" + CalendarWords.WeekdayFull + ")(?<poss>['’]s)?" +
        "(?:\\s+(?<part>morning|afternoon|evening|night|overnight|midday|noon|lunchtime))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Weekday();

    /// <summary>A time of day in running text: "at 4pm", "(at 17.09)", "around 10:30 GMT", "4 p.m.".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w.:,])(?:(?:at|around|about|by|until|till|from|after|before|since)\\s+" +
        "(?<h>[01]?\\d|2[0-3])[.:](?<min>[0-5]\\d)(?![\\d.:]?\\d)(?:\\s*(?<ampm>[ap]\\.?m\\b\\.?))?(?:\\s*(?:GMT|BST|UTC|CET|CEST|MSK|EST|EDT|local\\s+time|hrs|hours|h)\\b)?" +
        "|(?<h>[01]?\\d)(?:[.:](?<min>[0-5]\\d))?\\s*(?<ampm>[ap]\\.?m\\b\\.?)" +
        "|(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)\\s*(?:GMT|BST|UTC|CET|CEST|MSK|EST|EDT|local\\s+time)\\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TimeOfDay();

    /// <summary>Counted offsets and spans: "two weeks earlier", "five years ago", "for ten days", "over the past three days".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w-])(?:(?<span>for|over|during|in|of)\\s+(?:(?<pastw>the\\s+(?:past|last|previous))\\s+)?)?" +
        "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few|several)" +
        "\\s+(?<unit>days?|weeks?|fortnights?|months?|years?|decades?)" +
        "(?:\\s+(?<dir>ago|earlier|later|before|after|previously|on|since|back))?(?![\\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Counted();

    /// <summary>Week/month/year words with a direction: "last week", "this year", "earlier this month", "the previous week", "over the weekend".</summary>
    [GeneratedRegex(
        "\\G(?<![\\w-])(?:(?<within>earlier|later)\\s+)?(?<dir>last|past|this|next|coming|previous|following|the\\s+previous|the\\s+following|the\\s+past|over\\s+the|at\\s+the|during\\s+the)\\s+" +
        "(?<unit>week|month|year|weekend|fortnight)(?![\\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Period();
}
