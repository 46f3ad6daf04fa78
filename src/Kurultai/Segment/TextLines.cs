namespace Kurultai.Segment;

/// <summary>One line of the text, trimmed of surrounding white space; blank when nothing is left.</summary>
internal readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;
    public bool IsBlank => End <= Start;
}

/// <summary>Cuts a text into trimmed lines (\n, \r\n, \r, U+2028 and U+2029 all end a line).</summary>
internal static class TextLines
{
    public static List<TextLine> Of(string text)
    {
        var lines = new List<TextLine>(Math.Max(4, text.Length / 60));
        int i = 0;
        while (i <= text.Length)
        {
            int end = i;
            while (end < text.Length && text[end] is not ('\n' or '\r' or '\u2028' or '\u2029')) end++;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(new TextLine(s, s == e ? s : e));
            if (end >= text.Length) break;
            i = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }
}
