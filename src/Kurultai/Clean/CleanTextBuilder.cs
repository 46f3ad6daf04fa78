using System.Collections.Immutable;
using System.Text;
using Kurultai.Model;

namespace Kurultai.Clean;

/// <summary>
/// Builds a cleaned text while recording where each character came from: copied slices extend or start a run,
/// a replacement character ("’" for "â€™") maps to the raw offset of what it replaced.
/// </summary>
internal sealed class CleanTextBuilder(string raw)
{
    private readonly StringBuilder _text = new(raw.Length);
    private readonly List<(int CleanStart, int RawStart)> _runs = [];

    public int Length => _text.Length;

    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Copies <paramref name="length"/> raw characters starting at <paramref name="rawStart"/>.</summary>
    public void Copy(int rawStart, int length)
    {
        if (length <= 0)
            return;
        Anchor(rawStart);
        _text.Append(raw, rawStart, length);
    }

    /// <summary>Appends a character the cleaner chose (a repair, a separator) that stands for raw offset <paramref name="rawPos"/>.</summary>
    public void Put(char c, int rawPos)
    {
        Anchor(rawPos);
        _text.Append(c);
    }

    /// <summary>Appends a repaired string for the raw characters [rawStart, rawEnd), keeping offsets monotonic.</summary>
    public void Put(ReadOnlySpan<char> replacement, int rawStart, int rawEnd)
    {
        for (int k = 0; k < replacement.Length; k++)
            Put(replacement[k], Math.Min(rawStart + k, Math.Max(rawStart, rawEnd - 1)));
    }

    /// <summary>Drops everything from <paramref name="length"/> on (used when a line turns out empty).</summary>
    public void Truncate(int length)
    {
        if (length >= _text.Length)
            return;
        _text.Length = length;
        int keep = _runs.Count;
        while (keep > 0 && _runs[keep - 1].CleanStart >= length)
            keep--;
        _runs.RemoveRange(keep, _runs.Count - keep);
    }

    /// <summary>Whether everything from <paramref name="start"/> on is markdown residue such as "*" or "##".</summary>
    public bool OnlyDecorationFrom(int start)
    {
        if (_text.Length - start > 8)
            return false;
        for (int k = start; k < _text.Length; k++)
        {
            if (_text[k] is not ('*' or '#' or '_' or '`' or '>' or ' '))
                return false;
        }
        return true;
    }

    public string Text() => _text.ToString();

    public OffsetMap Map() => new([.. _runs], _text.Length, raw.Length);

    private void Anchor(int rawPos)
    {
        int clean = _text.Length;
        if (_runs.Count > 0)
        {
            var (cleanStart, rawStart) = _runs[^1];
            if (rawStart + (clean - cleanStart) == rawPos)
                return;
        }
        _runs.Add((clean, rawPos));
    }
}
