namespace Kurultai.Numbers;

/// <summary>
/// English cardinal number words: "five" → 5, "twenty-five" → 25, "hundred" → ×100, and whole phrases such as
/// "two hundred and fifty thousand" → 250000 or "1.5 million" → 1500000.
/// </summary>
public static class NumberWords
{
    /// <summary>A word from "zero" to "ninety-nine" (hyphenated tens included), or -1.</summary>
    public static int Units(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOfAny('-', '‐');
        if (hyphen > 0)
        {
            int tens = Simple(word[..hyphen]);
            int unit = Simple(word[(hyphen + 1)..]);
            return tens >= 20 && tens % 10 == 0 && unit is > 0 and < 10 ? tens + unit : -1;
        }
        return Simple(word);
    }

    /// <summary>The multiplier of a scale word ("hundred" → 100, "thousand" → 1000, "million", "billion"), or 0.</summary>
    public static long Scale(ReadOnlySpan<char> word) =>
        Is(word, "hundred") ? 100 : Is(word, "thousand") ? 1000 : Is(word, "million") ? 1_000_000
        : Is(word, "billion") ? 1_000_000_000 : Is(word, "k") ? 1000 : Is(word, "m") || Is(word, "mln") ? 1_000_000 : 0;

    /// <summary>Parses digits with thousands separators ("5,000"), or a decimal ("1.5"); false for anything else.</summary>
    public static bool TryDigits(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        if (token.IsEmpty || !char.IsDigit(token[0]) || !char.IsDigit(token[^1])) return false;
        int commas = token.Count(','), dots = token.Count('.'), colons = token.Count(':');
        if (colons > 0 || dots > 1) return false;
        if (commas > 0)
        {
            // Thousands groups of exactly three digits: 5,000 / 25,000 / 1,500,000
            bool firstGroup = true;
            foreach (var range in token.Split(','))
            {
                var part = token[range];
                if (firstGroup)
                {
                    if (part.Length is < 1 or > 3) return false;
                    firstGroup = false;
                    continue;
                }
                int dot = part.IndexOf('.');
                if ((dot < 0 ? part.Length : dot) != 3) return false;
            }
            Span<char> digits = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
            int n = 0;
            foreach (char c in token)
                if (c != ',') digits[n++] = c;
            return decimal.TryParse(digits[..n], System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out value);
        }
        return decimal.TryParse(token, System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool Is(ReadOnlySpan<char> word, string s) => word.Equals(s, StringComparison.OrdinalIgnoreCase);

    private static int Simple(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Length > 9) return -1;
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return lower switch
        {
            "zero" => 0,
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => -1,
        };
    }
}
