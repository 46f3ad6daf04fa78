using System.Runtime.CompilerServices;

namespace Kurultai.Clean;

/// <summary>One line of a raw text: [Start, End) without its terminator; <c>Next</c> is where the following line starts.</summary>
internal readonly record struct RawLine(int Start, int End, int Next)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Splits on "\n", "\r\n" and lone "\r".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<RawLine> Split(string text)
    {
        var lines = new List<RawLine>(text.Length / 64 + 1);
        var span = text.AsSpan();
        int start = 0;
        while (start < text.Length)
        {
            int rel = span[start..].IndexOfAny('\r', '\n');
            if (rel < 0)
            {
                lines.Add(new RawLine(start, text.Length, text.Length));
                break;
            }
            int end = start + rel;
            int next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lines.Add(new RawLine(start, end, next));
            start = next;
        }
        return lines;
    }
}
