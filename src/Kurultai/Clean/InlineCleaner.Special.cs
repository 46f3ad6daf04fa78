using System.Net;
using System.Runtime.CompilerServices;

namespace Kurultai.Clean;

internal sealed partial class InlineCleaner
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
        "figcaption", "section", "article", "header", "footer", "nav", "aside", "table", "tr", "td", "th", "tbody",
        "thead", "center", "iframe", "img", "wbr",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "em", "strong", "span", "font", "small", "sup", "sub", "abbr", "cite", "time", "mark",
        "s", "strike", "del", "ins", "q",
    };

    /// <summary>Handles one character that may need a repair; returns where to continue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Special(int i, int end)
    {
        char c = raw[i];
        char next = i + 1 < end ? raw[i + 1] : '\0';
        switch (c)
        {
            case ' ' or '\t' or '\u00A0' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A'):
                Space(i);
                return i + 1;
            case '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or (< ' ') or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2061' and <= '\u206F'):
                stats.Invisible++;
                return i + 1;
            case '*':
                return Asterisk(i, end);
            case '–' or '—' when next == c:
                stats.Dashes++; // "too tightly –– it explodes"
                return i + 1;
            case '_' when next == '_' && (!IsWordChar(Before(i)) || !IsWordChar(i + 2 < end ? raw[i + 2] : '\0')):
                stats.Markdown++;
                return i + 2;
            case '!' when next == '[' && MarkdownLink.End(raw.AsSpan(0, end), i + 1, out _, out _) is > 0 and var imageEnd:
                stats.Images++;
                return imageEnd;
            case '[' when MarkdownLink.End(raw.AsSpan(0, end), i, out int textStart, out int textEnd) is > 0 and var linkEnd:
                stats.Markdown++;
                Range(textStart, textEnd);
                return linkEnd;
            case '<':
                return AngleBracket(i, end);
            case '&':
                return Entity(i, end);
            case '\\' when next is '*' or '_' or '#' or '[' or ']' or '(' or ')' or '!' or '-' or '.' or '>' or '`' or '\\' or '+':
                stats.Markdown++;
                Copy(i + 1, 1);
                return i + 2;
            case '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '‛' or '¨':
                return Quote(i, end);
            case >= '\u00C2' and <= '\u00F4':
                int repaired = Mojibake(i, end);
                if (repaired > i)
                    return repaired;
                break;
        }
        return Cluster(i, end);
    }

    // "**bold**" and "*emphasis*" lose their stars; "5 * 3" and a leading "* " bullet keep theirs.
    private int Asterisk(int i, int end)
    {
        int j = i;
        while (j < end && raw[j] == '*') j++;
        if (j - i >= 2)
        {
            stats.Markdown++;
            return j;
        }
        char before = Before(i);
        char after = j < end ? raw[j] : '\0';
        bool bullet = i == _contentStart && after == ' ';
        bool spaced = (before is ' ' or '\0') && (after is ' ' or '\0');
        if (bullet || spaced || IsWordChar(before) && IsWordChar(after))
        {
            Copy(i, 1);
            return i + 1;
        }
        stats.Markdown++;
        return i + 1;
    }

    // "<https://example.org/a>" keeps the address; "<br>", "</p>", "<span class=x>" are dropped (block tags leave a space).
    private int AngleBracket(int i, int end)
    {
        int close = raw.AsSpan(i, Math.Min(end - i, 400)).IndexOf('>');
        if (close > 1)
        {
            var inner = raw.AsSpan(i + 1, close - 1);
            if (inner.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if (!inner.Contains(' '))
                {
                    stats.Markdown++;
                    Copy(i + 1, close - 1);
                    return i + close + 1;
                }
            }
            var name = inner.TrimStart('/');
            int nameEnd = 0;
            while (nameEnd < name.Length && char.IsAsciiLetterOrDigit(name[nameEnd])) nameEnd++;
            if (nameEnd > 0 && !inner.Contains('<') && (nameEnd == name.Length || name[nameEnd] is ' ' or '/'))
            {
                var tag = name[..nameEnd].ToString();
                if (BlockTags.Contains(tag) || InlineTags.Contains(tag))
                {
                    stats.Tags++;
                    if (BlockTags.Contains(tag))
                        Space(i);
                    return i + close + 1;
                }
            }
        }
        Copy(i, 1);
        return i + 1;
    }

    // "&amp;" → "&", "&#8217;" → "’", "&nbsp;" → a space.
    private int Entity(int i, int end)
    {
        int semi = raw.AsSpan(i, Math.Min(end - i, 12)).IndexOf(';');
        if (semi > 2 && IsEntityName(raw.AsSpan(i + 1, semi - 1)))
        {
            var entity = raw.Substring(i, semi + 1);
            var decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity && decoded.Length > 0)
            {
                stats.Entities++;
                if (decoded.Length == 1 && (char.IsWhiteSpace(decoded[0])))
                    Space(i);
                else if (!(decoded.Length == 1 && char.IsControl(decoded[0])))
                    Put(decoded, i, i + semi + 1);
                return i + semi + 1;
            }
        }
        Copy(i, 1);
        return i + 1;
    }

    private static bool IsEntityName(ReadOnlySpan<char> name)
    {
        if (name[0] == '#')
        {
            var digits = name.Length > 1 && name[1] is 'x' or 'X' ? name[2..] : name[1..];
            if (digits.Length == 0)
                return false;
            foreach (char c in digits)
            {
                if (!char.IsAsciiHexDigit(c))
                    return false;
            }
            return true;
        }
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
                return false;
        }
        return char.IsAsciiLetter(name[0]);
    }

    // A base character and its combining marks, composed to NFC when the text is not already NFC.
    private int Cluster(int i, int end)
    {
        int j = i + 1;
        if (char.IsHighSurrogate(raw[i]) && j < end && char.IsLowSurrogate(raw[j])) j++;
        if (!_checkNfc)
        {
            Copy(i, j - i);
            return j;
        }
        while (j < end && IsMark(raw[j])) j++;
        var cluster = raw.Substring(i, j - i);
        if (cluster.IsNormalized(System.Text.NormalizationForm.FormC))
        {
            Copy(i, j - i);
            return j;
        }
        var composed = cluster.Normalize(System.Text.NormalizationForm.FormC);
        stats.Nfc++;
        Put(composed, i, j);
        return j;
    }

    /// <summary>The character before raw offset <paramref name="i"/> as cleaned so far on this line ('\0' at its start).</summary>
    private char Before(int i) => _pendingSpace >= 0 ? ' ' : builder.Length > _lineStart ? builder.Last : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
