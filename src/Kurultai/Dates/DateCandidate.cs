namespace Kurultai.Dates;

/// <summary>Which grammar a temporal expression was found with.</summary>
internal enum DateForm
{
    DayMonth,
    Iso,
    Numeric,
    MonthYear,
    Year,
    Weekday,
    Time,
    Counted,
    Period,
    AnchorDay,
    PreviousDay,
    Recent,
}

/// <summary>
/// A temporal expression found in the text but not yet resolved to calendar dates: its span, its form and the
/// fields the pattern captured (0 / null / "" when absent).
/// </summary>
internal readonly record struct DateCandidate(
    int Start,
    int Length,
    DateForm Form,
    int Day = 0,
    int Day2 = 0,
    int Month = 0,
    int Year = 0,
    DayOfWeek? Weekday = null,
    string Cue = "",
    string Modifier = "",
    int Amount = 0,
    string Unit = "",
    string Direction = "",
    bool IsSpan = false,
    int Minutes = -1)
{
    public int End => Start + Length;
}
