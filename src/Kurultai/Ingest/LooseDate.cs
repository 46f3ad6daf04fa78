using System.Runtime.CompilerServices;

namespace Kurultai.Ingest;

/// <summary>
/// Reads the calendar dates that metadata and datelines carry: "17 May 2010", "Nov 19, 2021", "Monday, 5 October
/// 2020", "2010-05-17T09:00:00Z", "Tue, 06 Oct 2020 10:00:00 +0600", "17.05.2010". English month names only.
/// </summary>
/// <remarks>
/// The day is taken as written: "2010-05-17T23:30:00-05:00" is 17 May, not converted to UTC. Slash dates are read
/// only when unambiguous ("25/12/2020", "12/25/2020"); "05/06/2020" is not a date here.
/// </remarks>
public static class LooseDate
{
    /// <summary>Reads a date at the start of <paramref name="text"/> (after surrounding spaces).</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return text is not null && TryMatch(text.AsSpan().TrimStart(), out date, out _);
    }

    /// <summary>Matches a date beginning exactly at <c>s[0]</c>; <paramref name="length"/> is how many characters it spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatch(ReadOnlySpan<char> s, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        int p = SkipWeekday(s);
        if (p >= s.Length)
            return false;
        int year, month, day;
        if (char.IsAsciiDigit(s[p]))
        {
            int n1 = ReadNumber(s, ref p, out int digits);
            if (digits == 4)
            {
                if (p + 1 >= s.Length || s[p] is not ('-' or '/' or '.'))
                    return false;
                char sep = s[p++];
                month = ReadNumber(s, ref p, out int md);
                if (md is < 1 or > 2 || p + 1 >= s.Length || s[p] != sep)
                    return false;
                p++;
                day = ReadNumber(s, ref p, out int dd);
                if (dd is < 1 or > 2)
                    return false;
                year = n1;
            }
            else if (digits <= 2)
            {
                if (p + 1 < s.Length && s[p] is '.' or '/' or '-' && char.IsAsciiDigit(s[p + 1]))
                {
                    char sep = s[p++];
                    int n2 = ReadNumber(s, ref p, out int d2);
                    if (d2 is < 1 or > 2 || p >= s.Length || s[p] != sep)
                        return false;
                    p++;
                    year = ReadNumber(s, ref p, out int yd);
                    if (yd != 4)
                        return false;
                    if (sep == '/' && n1 <= 12 && n2 <= 12 && n1 != n2)
                        return false;
                    (day, month) = sep == '/' && n2 > 12 ? (n2, n1) : (n1, n2);
                }
                else
                {
                    day = n1;
                    SkipOrdinal(s, ref p);
                    SkipSpaces(s, ref p, alsoPunct: "-");
                    if (StartsWithWord(s[p..], "of"))
                    {
                        p += 2;
                        SkipSpaces(s, ref p, alsoPunct: "");
                    }
                    month = ReadMonth(s, ref p);
                    if (month == 0)
                        return false;
                    SkipSpaces(s, ref p, alsoPunct: ",-");
                    year = ReadNumber(s, ref p, out int yd);
                    if (yd != 4)
                        return false;
                }
            }
            else
            {
                return false;
            }
        }
        else
        {
            month = ReadMonth(s, ref p);
            if (month == 0)
                return false;
            SkipSpaces(s, ref p, alsoPunct: "");
            day = ReadNumber(s, ref p, out int dd);
            if (dd is < 1 or > 2)
                return false;
            SkipOrdinal(s, ref p);
            SkipSpaces(s, ref p, alsoPunct: ",");
            year = ReadNumber(s, ref p, out int yd);
            if (yd != 4)
                return false;
        }
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        length = p;
        return true;
    }

    private static int SkipWeekday(ReadOnlySpan<char> s)
    {
        int p = 0;
        while (p < s.Length && char.IsAsciiLetter(s[p])) p++;
        if (p == 0 || !IsWeekday(s[..p]))
            return 0;
        SkipSpaces(s, ref p, alsoPunct: ",.");
        return p;
    }

    private static bool IsWeekday(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return lower switch
        {
            "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" => true,
            "mon" or "tue" or "tues" or "wed" or "thu" or "thur" or "thurs" or "fri" or "sat" or "sun" => true,
            _ => false,
        };
    }

    private static int ReadMonth(ReadOnlySpan<char> s, ref int p)
    {
        int start = p;
        while (p < s.Length && char.IsAsciiLetter(s[p])) p++;
        int len = p - start;
        if (len is < 3 or > 9)
        {
            p = start;
            return 0;
        }
        Span<char> lower = stackalloc char[len];
        s[start..p].ToLowerInvariant(lower);
        int month = lower switch
        {
            "january" or "jan" => 1,
            "february" or "feb" => 2,
            "march" or "mar" => 3,
            "april" or "apr" => 4,
            "may" => 5,
            "june" or "jun" => 6,
            "july" or "jul" => 7,
            "august" or "aug" => 8,
            "september" or "sep" or "sept" => 9,
            "october" or "oct" => 10,
            "november" or "nov" => 11,
            "december" or "dec" => 12,
            _ => 0,
        };
        if (month == 0)
            p = start;
        else if (p < s.Length && s[p] == '.')
            p++;
        return month;
    }

    private static int ReadNumber(ReadOnlySpan<char> s, ref int p, out int digits)
    {
        int value = 0;
        digits = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && digits < 5)
        {
            value = value * 10 + (s[p] - '0');
            p++;
            digits++;
        }
        if (p < s.Length && char.IsAsciiDigit(s[p]))
            digits = 99;
        return value;
    }

    private static void SkipOrdinal(ReadOnlySpan<char> s, ref int p)
    {
        if (p + 1 < s.Length && (s[p..].StartsWith("st", StringComparison.OrdinalIgnoreCase) || s[p..].StartsWith("nd", StringComparison.OrdinalIgnoreCase)
            || s[p..].StartsWith("rd", StringComparison.OrdinalIgnoreCase) || s[p..].StartsWith("th", StringComparison.OrdinalIgnoreCase))
            && (p + 2 >= s.Length || !char.IsLetter(s[p + 2])))
            p += 2;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int p, string alsoPunct)
    {
        while (p < s.Length && (s[p] is ' ' or '\u00A0' or '\t' || alsoPunct.Contains(s[p], StringComparison.Ordinal)))
            p++;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> s, string word) =>
        s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[word.Length]));
}
