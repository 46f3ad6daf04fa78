namespace Kurultai.Clean;

/// <summary>Finds markdown links: <c>[text](target)</c> and <c>[text][ref]</c>; the target may be "#" or a URL.</summary>
internal static class MarkdownLink
{
    private const int MaxScan = 2000;

    /// <summary>
    /// If a link starts at <paramref name="open"/> (a '['), returns the offset just after it and the bounds of its
    /// text; otherwise -1. Bracketed text without a target ("[Government Headquarters]") is not a link.
    /// </summary>
    public static int End(ReadOnlySpan<char> s, int open, out int textStart, out int textEnd)
    {
        textStart = open + 1;
        textEnd = -1;
        if (open >= s.Length || s[open] != '[')
            return -1;
        int depth = 0, limit = Math.Min(s.Length, open + MaxScan);
        int close = -1;
        for (int i = open; i < limit; i++)
        {
            char c = s[i];
            if (c == '\n') return -1;
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) { close = i; break; }
        }
        if (close < 0 || close + 1 >= s.Length)
            return -1;
        char next = s[close + 1];
        if (next is not ('(' or '['))
            return -1;
        char shut = next == '(' ? ')' : ']';
        depth = 0;
        bool inTitle = false;
        limit = Math.Min(s.Length, close + 1 + MaxScan);
        for (int i = close + 1; i < limit; i++)
        {
            char c = s[i];
            if (c == '\n') return -1;
            if (c == ' ' && shut == ')' && !inTitle)
            {
                if (!LooksLikeTitle(s, i)) return -1;
                inTitle = true;
            }
            if (c == next) depth++;
            else if (c == shut && --depth == 0)
            {
                textEnd = close;
                return i + 1;
            }
        }
        return -1;
    }

    // [text](url "title"): a space inside the target is allowed only before a quoted title.
    private static bool LooksLikeTitle(ReadOnlySpan<char> s, int space) =>
        space + 1 < s.Length && s[space + 1] is '"' or '\'';
}
