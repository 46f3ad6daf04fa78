namespace Kurultai.Fusion;

/// <summary>
/// The thresholds of cross-source fusion, e.g. "two reports one day apart are still the same storming".
/// </summary>
/// <remarks>
/// A pair of records from different documents is a candidate when it passes the hard constraints (same country,
/// compatible dates, places, types and actors) and its score — type × date × place × actor agreement, plus a small
/// evidence-overlap bonus — reaches <see cref="Threshold"/>. See <see cref="RecordPairScorer"/> for the factors.
/// </remarks>
public sealed record FusionRules
{
    /// <summary>The defaults used by the CLI and the tests.</summary>
    public static FusionRules Default { get; } = new();

    /// <summary>The lowest pair score that links two records (0..1.1).</summary>
    public double Threshold { get; init; } = 0.35;

    /// <summary>Days two date windows may lie apart and still be compatible ("the night of the 5th" vs "the 6th").</summary>
    public int DayTolerance { get; init; } = 1;

    /// <summary>Half-width in days of the window of a precision-2 date with no stated end ("within a week").</summary>
    public int WeekHalfWidth { get; init; } = 3;

    /// <summary>Records whose date window is wider than this many days are too vague to fuse and stay alone.</summary>
    public int MaxWindowDays { get; init; } = 62;

    /// <summary>Two precisely located records within this many km are at the same place.</summary>
    public double SamePlaceKm { get; init; } = 10;

    /// <summary>Two precisely located records within this many km may still report the same happening (a suburb).</summary>
    public double NearbyKm { get; init; } = 25;

    /// <summary>
    /// A recollection ("over 80 were killed in April") links to a document only when its second-best candidate there
    /// scores at most this share of the best; otherwise it could be any of them.
    /// </summary>
    public double RecollectionMargin { get; init; } = 0.9;

    /// <summary>Width of the blocking buckets in days; a record is indexed in every bucket its window touches.</summary>
    public int BucketDays { get; init; } = 7;

    /// <summary>Figures disagree materially when max &gt; ratio × min ...</summary>
    public double DisputeRatio { get; init; } = 1.25;

    /// <summary>... and max − min is at least this much.</summary>
    public int DisputeMinDifference { get; init; } = 3;
}
