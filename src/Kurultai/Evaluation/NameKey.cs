using System.Text;
using AnyAscii;

namespace Kurultai.Evaluation;

/// <summary>A comparison key for names of actors and regions, e.g. "The Police Forces of Kyrgyzstan (2005-2010)" → "police forces of kyrgyzstan".</summary>
/// <remarks>Transliterated to ASCII, case-folded, punctuation dropped, a leading "the" and a parenthesised group
/// without letters (a year range) removed; a parenthesised group with letters, e.g. "(Kyrgyzstan)", is kept.</remarks>
public static class NameKey
{
    /// <summary>The comparison key of a name: "The Police Forces of Kyrgyzstan (2005-2010)" → "police forces of kyrgyzstan".</summary>
    public static string Of(string name)
    {
        var ascii = name.Transliterate();
        var sb = new StringBuilder(ascii.Length);
        int depth = 0, groupStart = 0;
        foreach (var c in ascii)
        {
            if (c == '(') { depth++; groupStart = sb.Length; sb.Append('('); continue; }
            if (c == ')' && depth > 0)
            {
                depth--;
                var inner = sb.ToString(groupStart + 1, sb.Length - groupStart - 1);
                sb.Length = groupStart;
                if (inner.Any(char.IsLetter))
                    sb.Append(' ').Append(inner).Append(' ');
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Replace("(", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Length > 1 && words[0] == "the" ? words[1..] : words);
    }

}
