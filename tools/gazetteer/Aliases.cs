using Kurultai.Places;

namespace Kurultai.Tools.Gazetteer;

/// <summary>
/// Keeps the alternate names worth indexing: Latin or Cyrillic script only, ASCII-folded, capitalised (no codes
/// such as "FRU", no lower-case romanisations such as "ao shen"), no
/// links or digits, deduplicated by normal form against the primary name and each other.
/// </summary>
internal static class Aliases
{
    public static IEnumerable<string> Filter(string primary, IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.Normal(primary) };
        foreach (var alias in aliases)
        {
            if (!Acceptable(alias))
                continue;
            var folded = NameKey.Fold(alias).Replace('|', ' ').Replace('\t', ' ').Trim();
            var normal = NameKey.Normal(folded);
            if (normal.Length >= 2 && seen.Add(normal))
                yield return folded;
        }
    }

    private static bool Acceptable(string name)
    {
        if (name.Length is 0 or > 60)
            return false;
        int letters = 0, upper = 0;
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                if (!IsLatinOrCyrillic(c))
                    return false;
                letters++;
                if (char.IsUpper(c))
                    upper++;
            }
            else if (char.IsDigit(c) || c is '/' or ':' or '(' or ')' or ',' or ';' or '@' or '_' or '=')
            {
                return false;
            }
        }
        // All lower case: a romanisation of another script ("bi shen kai ke"); all upper case: a code ("FRU").
        return letters >= 2 && upper > 0 && upper < letters;
    }

    private static bool IsLatinOrCyrillic(char c) =>
        c < 0x0250 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x0400 && c < 0x0530);
}
