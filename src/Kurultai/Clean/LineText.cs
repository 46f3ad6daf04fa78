using System.Buffers;
using System.Runtime.CompilerServices;

namespace Kurultai.Clean;

/// <summary>
/// Views of one line of crawled text: its visible text ("## **Latest Articles:**" → "Latest Articles:"), its lexicon
/// key ("latest articles"), word counts and shape tests such as "looks like a headline".
/// </summary>
public static partial class LineText
{
    /// <summary>The visible text: markdown headings, emphasis, images and link targets removed, spaces collapsed.</summary>
    public static string Visible(ReadOnlySpan<char> line) => IsPlain(line) ? line.ToString() : VisibleOfMarkup(line);

    /// <summary>As <see cref="Visible(ReadOnlySpan{char})"/>, returning <paramref name="line"/> itself when it is already plain.</summary>
    internal static string Visible(string line) => IsPlain(line) ? line : VisibleOfMarkup(line);

    /// <summary>As <see cref="Visible(ReadOnlySpan{char})"/>; <paramref name="plain"/> says the line had no markup, so the result is its own visible text.</summary>
    internal static string Visible(ReadOnlySpan<char> line, out bool plain)
    {
        plain = IsPlain(line);
        return plain ? line.ToString() : VisibleOfMarkup(line);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string VisibleOfMarkup(ReadOnlySpan<char> line)
    {
        // the visible text is never longer than the line: a space is written only for a white space or tag read;
        // short lines use the stack (nested links recurse, at most one level per four characters)
        char[]? rented = line.Length > 256 ? ArrayPool<char>.Shared.Rent(line.Length) : null;
        Span<char> sb = rented ?? stackalloc char[256];
        int n = 0;
        bool space = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c is '#' or '>' && n == 0)
                continue;
            if (c is '*' or '`' || (c == '_' && (i + 1 < line.Length && line[i + 1] == '_' || i > 0 && line[i - 1] == '_')))
                continue;
            if (c == '<' && TagEnd(line, i) is > 0 and var tagEnd)
            {
                bool autolink = line[(i + 1)..].StartsWith("http", StringComparison.OrdinalIgnoreCase);
                if (autolink)
                {
                    if (space) { sb[n++] = ' '; space = false; }
                    line[(i + 1)..(tagEnd - 1)].CopyTo(sb[n..]);
                    n += tagEnd - 1 - (i + 1);
                }
                else
                {
                    space = n > 0;
                }
                i = tagEnd - 1;
                continue;
            }
            if (c == '!' && i + 1 < line.Length && line[i + 1] == '[')
            {
                int end = MarkdownLink.End(line, i + 1, out _, out _);
                if (end > 0) { i = end - 1; continue; }
            }
            if (c == '[')
            {
                int end = MarkdownLink.End(line, i, out int textStart, out int textEnd);
                if (end > 0)
                {
                    if (space) { sb[n++] = ' '; space = false; }
                    var inner = Visible(line[textStart..textEnd]);
                    inner.CopyTo(sb[n..]);
                    n += inner.Length;
                    i = end - 1;
                    space = false;
                    continue;
                }
            }
            if (IsInvisible(c))
                continue;
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space) { sb[n++] = ' '; space = false; }
            sb[n++] = c;
        }
        var visible = sb[..n];
        string result = visible.Contains('&')
            ? string.Join(' ', System.Net.WebUtility.HtmlDecode(visible.ToString()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim()
            : visible.Trim().ToString();
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // "<br>", "</p>", "<span class=x>", "<https://example.org>": the offset after '>', or -1.
    internal static int TagEnd(ReadOnlySpan<char> line, int open)
    {
        int p = open + 1;
        if (p < line.Length && line[p] == '/') p++;
        if (p >= line.Length || !char.IsAsciiLetter(line[p]))
            return -1;
        int close = line[p..Math.Min(line.Length, open + 400)].IndexOfAny('<', '>');
        return close >= 0 && line[p + close] == '>' ? p + close + 1 : -1;
    }

    /// <summary>Characters the cleaner drops: zero-width space, BOM, soft hyphen, control and bidi-control characters.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F')
            or (>= '\u202A' and <= '\u202E') or (>= '\u2061' and <= '\u206F');

    /// <summary>The lexicon key: visible text, lower case, without trailing punctuation: "Latest articles:" → "latest articles".</summary>
    public static string Key(ReadOnlySpan<char> line) => KeyOfVisible(Visible(line));

    /// <summary>As <see cref="Key(ReadOnlySpan{char})"/>, without copying a line that is already plain.</summary>
    internal static string Key(string line) => KeyOfVisible(Visible(line));

    /// <summary>The key of a text that is its own visible text (see <see cref="Visible(ReadOnlySpan{char}, out bool)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string KeyOfVisible(string visible)
    {
        var key = visible.AsSpan().TrimEnd(" :.!…,;|-–—»›>".AsSpan()).TrimStart(" -–—•·|".AsSpan());
        return (key.Length == visible.Length ? visible : key.ToString()).ToLowerInvariant();
    }

    /// <summary>Ends with "..." or "…" (a teaser cut short), optionally followed by a closing quote.</summary>
    public static bool EndsWithEllipsis(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd().TrimEnd("”’\")]".AsSpan());
        return t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…');
    }

    /// <summary>A headline: 1–20 words, starts with a capital or digit, and does not end like a sentence or clause.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsTitleLike(ReadOnlySpan<char> visible)
    {
        visible = visible.Trim();
        if (visible.Length == 0 || visible.Length > 200)
            return false;
        int words = WordCount(visible);
        if (words is < 1 or > 20)
            return false;
        char first = FirstLetterOrDigit(visible);
        if (!(char.IsUpper(first) || char.IsDigit(first)))
            return false;
        char last = visible[^1];
        return last is not ('.' or ',' or ';' or ':');
    }

    /// <summary>The first letter or digit of the text, or '\0'.</summary>
    public static char FirstLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
                return c;
        }
        return '\0';
    }

    /// <summary>A line that is only a web address or a domain path: "wsws.org/contact", "https://example.org/a".</summary>
    public static bool IsBareLink(ReadOnlySpan<char> visible)
    {
        visible = visible.Trim().Trim("<>()".AsSpan());
        if (visible.Length < 4 || visible.Contains(' '))
            return false;
        if (visible.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || visible.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || visible.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        int slash = visible.IndexOf('/');
        var host = slash < 0 ? visible : visible[..slash];
        int dot = host.LastIndexOf('.');
        if (dot <= 0 || dot >= host.Length - 2 || slash < 0 && host.Length < 6 || !char.IsAsciiLetterOrDigit(host[0]) || host.Contains("..", StringComparison.Ordinal))
            return false;
        var tld = host[(dot + 1)..];
        foreach (char c in tld)
        {
            if (!char.IsAsciiLetterLower(c))
                return false;
        }
        foreach (char c in host)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
                return false;
        }
        return true;
    }
}
