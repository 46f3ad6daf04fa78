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
    public static int MonthOf(ReadOnlySpan<char> word) => word.Length is < 3 or > 9 ? 0 : Key3(word) switch
    {
        ('j' << 16) | ('a' << 8) | 'n' => 1,
        ('f' << 16) | ('e' << 8) | 'b' => 2,
        ('m' << 16) | ('a' << 8) | 'r' => 3,
        ('a' << 16) | ('p' << 8) | 'r' => 4,
        ('m' << 16) | ('a' << 8) | 'y' => 5,
        ('j' << 16) | ('u' << 8) | 'n' => 6,
        ('j' << 16) | ('u' << 8) | 'l' => 7,
        ('a' << 16) | ('u' << 8) | 'g' => 8,
        ('s' << 16) | ('e' << 8) | 'p' => 9,
        ('o' << 16) | ('c' << 8) | 't' => 10,
        ('n' << 16) | ('o' << 8) | 'v' => 11,
        ('d' << 16) | ('e' << 8) | 'c' => 12,
        _ => 0,
    };

    /// <summary>The weekday of a name or abbreviation ("Tues" → Tuesday), or null.</summary>
    public static DayOfWeek? WeekdayOf(ReadOnlySpan<char> word) => word.Length is < 3 or > 9 ? null : Key3(word) switch
    {
        ('m' << 16) | ('o' << 8) | 'n' => DayOfWeek.Monday,
        ('t' << 16) | ('u' << 8) | 'e' => DayOfWeek.Tuesday,
        ('w' << 16) | ('e' << 8) | 'd' => DayOfWeek.Wednesday,
        ('t' << 16) | ('h' << 8) | 'u' => DayOfWeek.Thursday,
        ('f' << 16) | ('r' << 8) | 'i' => DayOfWeek.Friday,
        ('s' << 16) | ('a' << 8) | 't' => DayOfWeek.Saturday,
        ('s' << 16) | ('u' << 8) | 'n' => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The first three letters, ASCII-lower-cased, packed into an int (0 for non-ASCII letters).</summary>
    private static int Key3(ReadOnlySpan<char> w)
    {
        int a = w[0] | 0x20, b = w[1] | 0x20, c = w[2] | 0x20;
        return (uint)(a - 'a') < 26 && (uint)(b - 'a') < 26 && (uint)(c - 'a') < 26 ? (a << 16) | (b << 8) | c : 0;
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
