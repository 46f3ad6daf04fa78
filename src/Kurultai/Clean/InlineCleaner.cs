using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
namespace Kurultai.Clean;

/// <summary>
/// Cleans the inside of one kept line into the builder: strips markdown decoration ("## **Title**", "[text](#)",
/// images), collapses spaces, drops invisible characters, and repairs quotes, mojibake, HTML entities and NFC.
/// </summary>
internal sealed partial class InlineCleaner(string raw, CleanTextBuilder builder, CleaningStats stats)
{
    private readonly bool _checkNfc = !raw.IsNormalized(System.Text.NormalizationForm.FormC);
    private int _pendingSpace = -1;
    private int _lineStart;
    private int _contentStart;

    /// <summary>Cleans raw [start, end) onto the builder; emits nothing if the line holds only decoration.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Line(int start, int end)
    {
        _lineStart = builder.Length;
        _pendingSpace = -1;
        _contentStart = SkipLeadingDecoration(start, end);
        Range(_contentStart, end);
        _pendingSpace = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipLeadingDecoration(int i, int end)
    {
        while (true)
        {
            while (i < end && (char.IsWhiteSpace(raw[i]) || IsInvisible(raw[i]))) i++;
            int j = i;
            while (j < end && raw[j] == '#' && j - i < 6) j++;
            if (j > i && (j == end || raw[j] == ' '))
            {
                stats.Markdown++;
                i = j;
                continue;
            }
            if (i < end && raw[i] == '<' && !raw.AsSpan(i, end - i).StartsWith("<http", StringComparison.OrdinalIgnoreCase)
                && LineText.TagEnd(raw.AsSpan(0, end), i) is > 0 and var tagEnd)
            {
                stats.Tags++;
                i = tagEnd;
                continue;
            }
            if (i + 1 < end && raw[i] is '*' or '_' && raw[i + 1] == raw[i])
            {
                stats.Markdown++;
                char mark = raw[i];
                while (i < end && raw[i] == mark) i++;
                continue;
            }
            if (i < end && raw[i] == '>' && (i + 1 == end || raw[i + 1] == ' ' || raw[i + 1] == '>'))
            {
                stats.Markdown++;
                i++;
                continue;
            }
            return i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Range(int i, int end)
    {
        while (i < end)
        {
            if (IsPlain(raw[i]) && !MarkFollows(i, end))
            {
                int j = PlainRunEnd(i + 1, end);
                Copy(i, j - i);
                i = j;
                continue;
            }
            i = Special(i, end);
        }
    }

    /// <summary>Where a run of characters that can be copied as they are ends: the first one at or after <paramref name="j"/> that is not plain, or a space not followed by a plain one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PlainRunEnd(int j, int end)
    {
        if (Vector128.IsHardwareAccelerated && !_checkNfc)
            j = PlainAsciiRunEnd(j, end);
        while (j < end && (IsPlain(raw[j]) || raw[j] == ' ' && j + 1 < end && IsPlain(raw[j + 1])) && !MarkFollows(j, end))
            j++;
        return j;
    }

    // Eight characters at a time while each is plain ASCII, or a space before plain ASCII: the loop above would take
    // them all. Where a block holds anything else, the loop decides from the block's start. (Not for text that needs
    // NFC: there a combining mark after a character ends the run.)
    private int PlainAsciiRunEnd(int j, int end)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(raw.AsSpan(0, end));
        for (; j + 8 < end; j += 8)
        {
            var v = Vector128.Create(chars.Slice(j, 8));
            var takes = PlainAscii(v) | Vector128.Equals(v, Vector128.Create((ushort)' ')) & PlainAscii(Vector128.Create(chars.Slice(j + 1, 8)));
            if (takes != Vector128<ushort>.AllBitsSet)
                break;
        }
        return j;
    }

    // The lanes holding a plain ASCII character ('!'..'~' except * _ [ ! < & \ " ').
    private static Vector128<ushort> PlainAscii(Vector128<ushort> v) =>
        Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)'!')) & Vector128.LessThanOrEqual(v, Vector128.Create((ushort)'~'))
        & ~(Vector128.Equals(v, Vector128.Create((ushort)'*')) | Vector128.Equals(v, Vector128.Create((ushort)'_'))
            | Vector128.Equals(v, Vector128.Create((ushort)'[')) | Vector128.Equals(v, Vector128.Create((ushort)'!'))
            | Vector128.Equals(v, Vector128.Create((ushort)'<')) | Vector128.Equals(v, Vector128.Create((ushort)'&'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\\')) | Vector128.Equals(v, Vector128.Create((ushort)'"'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\'')));

    private static bool IsInvisible(char c) => LineText.IsInvisible(c);

    private bool MarkFollows(int i, int end) =>
        _checkNfc && i + 1 < end && raw[i + 1] >= '\u0300' && IsMark(raw[i + 1]);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;

    // The plain ASCII characters as bit sets: '!'..'~' except * _ [ ! < & \\ " '
    private const ulong PlainBelow64 = ~0UL << '!' & ~(1UL << '*' | 1UL << '!' | 1UL << '<' | 1UL << '&' | 1UL << '"' | 1UL << '\'');
    private const ulong PlainFrom64 = ~0UL >> 1 & ~(1UL << ('_' - 64) | 1UL << ('[' - 64) | 1UL << ('\\' - 64));

    /// <summary>Characters that need no look at their neighbours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPlain(char c)
    {
        if (c < 0x80)
            return ((c < 64 ? PlainBelow64 >> c : PlainFrom64 >> (c - 64)) & 1) != 0;
        if (c <= 0xBF)
            return c is not ('\u00A0' or '\u00AD' or '\u00A8') && c > 0x9F;
        if (c <= 0xFF)
            return c is < '\u00C2' or > '\u00F4';
        if (c is >= '\u2000' and <= '\u206F' or '\u3000' or '\uFEFF')
            return c is >= '\u2010' and <= '\u2012' or >= '\u2015' and <= '\u2017' or >= '\u2020' and <= '\u2027' or >= '\u2030' and <= '\u205E';
        return !_checkNfc;
    }

    private void Copy(int start, int length)
    {
        FlushSpace();
        builder.Copy(start, length);
    }

    private void Put(char c, int rawPos)
    {
        FlushSpace();
        builder.Put(c, rawPos);
    }

    private void Put(ReadOnlySpan<char> replacement, int rawStart, int rawEnd)
    {
        FlushSpace();
        builder.Put(replacement, rawStart, rawEnd);
    }

    private void Space(int rawPos)
    {
        if (builder.Length == _lineStart)
            return;
        if (_pendingSpace < 0)
            _pendingSpace = rawPos;
        else
        {
            stats.Spaces++;
            if (raw[_pendingSpace] != ' ' && raw[rawPos] == ' ')
                _pendingSpace = rawPos;
        }
    }

    private void FlushSpace()
    {
        if (_pendingSpace < 0)
            return;
        int p = _pendingSpace;
        _pendingSpace = -1;
        if (builder.Last is ' ' or '\n')
            return;
        if (raw[p] == ' ')
            builder.Copy(p, 1);
        else
            builder.Put(' ', p);
    }
}
