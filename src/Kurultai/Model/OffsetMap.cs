using System.Collections.Immutable;

namespace Kurultai.Model;

/// <summary>
/// Maps offsets in a cleaned text back to offsets in the raw text it came from.
/// </summary>
/// <remarks>
/// Stored as runs: each run says "cleaned offsets from <c>CleanStart</c> on correspond one-to-one to raw
/// offsets from <c>RawStart</c> on", until the next run. A character the cleaner inserted or replaced maps
/// to the raw offset of the run it falls in.
/// </remarks>
public sealed class OffsetMap
{
    private readonly ImmutableArray<(int CleanStart, int RawStart)> _runs;

    public OffsetMap(ImmutableArray<(int CleanStart, int RawStart)> runs, int cleanLength, int rawLength)
    {
        _runs = runs.IsDefaultOrEmpty ? [(0, 0)] : runs;
        CleanLength = cleanLength;
        RawLength = rawLength;
    }

    public static OffsetMap Identity(int length) => new([(0, 0)], length, length);

    public int CleanLength { get; }
    public int RawLength { get; }
    public ImmutableArray<(int CleanStart, int RawStart)> Runs => _runs;

    /// <summary>The raw offset of a cleaned offset.</summary>
    public int ToRaw(int cleanOffset)
    {
        int lo = 0, hi = _runs.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_runs[mid].CleanStart <= cleanOffset) lo = mid; else hi = mid - 1;
        }
        var (cleanStart, rawStart) = _runs[lo];
        return Math.Clamp(rawStart + (cleanOffset - cleanStart), 0, RawLength);
    }

    /// <summary>The raw span covering a cleaned span.</summary>
    public Span ToRaw(Span clean)
    {
        int start = ToRaw(clean.Start);
        int end = clean.Length == 0 ? start : ToRaw(clean.End - 1) + 1;
        return new Span(start, Math.Max(0, end - start));
    }
}
