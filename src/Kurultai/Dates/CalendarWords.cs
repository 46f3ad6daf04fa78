namespace Kurultai.Dates;

/// <summary>
/// English month and weekday names with their abbreviations, as regex fragments and lookups:
/// "Oct." → 10, "Sept" → 9, "Tues" → Tuesday.
/// </summary>
public static class CalendarWords
{
    /// <summary>Any month name or abbreviation (no trailing period), not followed by a letter.</summary>
    public const string Month =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-zA-Z])";

    /// <summary>Any weekday name or abbreviation, not followed by a letter.</summary>
    public const string Weekday =
        "(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)(?![a-zA-Z])";

    /// <summary>A full weekday name only (abbreviations are too ambiguous in running text: "Sun", "Wed").</summary>
    public const string WeekdayFull = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-zA-Z])";

    /// <summary>The month number of a name or abbreviation ("Sept" → 9), or 0.</summary>
    public static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9 || (char.ToLowerInvariant(word[0]) is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd'))) return 0;
        Span<char> lower = stackalloc char[3];
        for (int k = 0; k < 3; k++) lower[k] = char.ToLowerInvariant(word[k]);
        return lower switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>The weekday of a name or abbreviation ("Tues" → Tuesday), or null.</summary>
    public static DayOfWeek? WeekdayOf(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9 || (char.ToLowerInvariant(word[0]) is not ('m' or 't' or 'w' or 'f' or 's'))) return null;
        Span<char> lower = stackalloc char[3];
        for (int k = 0; k < 3; k++) lower[k] = char.ToLowerInvariant(word[k]);
        return lower switch
        {
            "mon" => DayOfWeek.Monday,
            "tue" => DayOfWeek.Tuesday,
            "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday,
            "fri" => DayOfWeek.Friday,
            "sat" => DayOfWeek.Saturday,
            "sun" => DayOfWeek.Sunday,
            _ => null,
        };
    }

    /// <summary>True when <paramref name="word"/> is a full month name or a month abbreviation.</summary>
    public static bool IsMonth(ReadOnlySpan<char> word)
    {
        int m = MonthOf(word);
        return m > 0 && (word.Length == 3 || word.Equals(FullMonthNames[m - 1], StringComparison.OrdinalIgnoreCase)
            || (m == 9 && word.Equals("Sept", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when <paramref name="word"/> is a full weekday name.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) =>
        WeekdayOf(word) is { } d && word.Equals(FullWeekdayNames[(int)d], StringComparison.OrdinalIgnoreCase);

    internal static readonly string[] FullWeekdayNames =
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    internal static readonly string[] FullMonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
