namespace Kurultai.Dates;

/// <summary>Small calendar helpers: the most recent weekday on or before a date, month ends, safe construction.</summary>
internal static class DateMath
{
    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly MonthEnd(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="reference"/> (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly OnOrBefore(DateOnly reference, DayOfWeek day, bool strict = false)
    {
        int back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        if (strict && back == 0) back = 7;
        return reference.AddDays(-back);
    }

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly After(DateOnly reference, DayOfWeek day)
    {
        int forward = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(forward == 0 ? 7 : forward);
    }

    /// <summary>The Monday of the week containing <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static bool InRange(DateOnly date) => date.Year is >= 1800 and <= 2200;

    public static DateOnly AddUnits(DateOnly date, string unit, int amount)
    {
        try
        {
            return unit switch
            {
                "day" => date.AddDays(amount),
                "week" => date.AddDays(7 * amount),
                "fortnight" => date.AddDays(14 * amount),
                "month" => date.AddMonths(amount),
                "year" => date.AddYears(amount),
                "decade" => date.AddYears(10 * amount),
                _ => date,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return date;
        }
    }
}
