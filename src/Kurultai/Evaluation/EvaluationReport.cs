using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>Counts behind precision and recall, e.g. 40 predictions, 2 ignored, 30 matched, 45 gold → P 0.79, R 0.67.</summary>
/// <param name="Predictions">All predicted records.</param>
/// <param name="Ignored">Predictions that matched only a background gold record (neither right nor wrong).</param>
/// <param name="Matched">Matched pairs (one-to-one, so matched predictions = matched non-background gold).</param>
/// <param name="Gold">Non-background gold records.</param>
public sealed record MatchCounts(int Predictions, int Ignored, int Matched, int Gold)
{
    public static readonly MatchCounts Zero = new(0, 0, 0, 0);

    public int Scored => Predictions - Ignored;

    /// <summary>Matched / scored predictions; null when nothing was predicted.</summary>
    public double? Precision => Scored == 0 ? null : Matched / (double)Scored;

    /// <summary>Matched / non-background gold; null when there is no gold.</summary>
    public double? Recall => Gold == 0 ? null : Matched / (double)Gold;

    /// <summary>The harmonic mean; 0 when either side is empty but not both, null when both are.</summary>
    public double? F1 => (Precision ?? 0, Recall ?? 0) switch
    {
        _ when Scored == 0 && Gold == 0 => null,
        (var p, var r) when p + r == 0 => 0,
        (var p, var r) => 2 * p * r / (p + r),
    };

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Predictions + b.Predictions, a.Ignored + b.Ignored, a.Matched + b.Matched, a.Gold + b.Gold);
}

/// <summary>How often the fields of matched pairs agree, e.g. date exact on 27 of 30 pairs.</summary>
public sealed record FieldAccuracy(int Pairs, int DateExact, int LocationWithin10Km, int FatalitiesExact, int FatalitiesInRange, int Actor1Correct)
{
    public double? DateExactShare => Share(DateExact);
    public double? LocationWithin10KmShare => Share(LocationWithin10Km);
    public double? FatalitiesExactShare => Share(FatalitiesExact);
    public double? FatalitiesInRangeShare => Share(FatalitiesInRange);
    public double? Actor1CorrectShare => Share(Actor1Correct);

    private double? Share(int count) => Pairs == 0 ? null : count / (double)Pairs;
}

/// <summary>A predicted record matched to a gold record.</summary>
public sealed record MatchedPair(EventRecord Predicted, EventRecord Gold);

/// <summary>The outcome at one match level, for one document or overall.</summary>
public sealed record LevelResult(
    MatchLevel Level,
    MatchCounts Counts,
    FieldAccuracy Fields,
    ImmutableArray<MatchedPair> Pairs,
    ImmutableArray<EventRecord> Ignored,
    ImmutableArray<EventRecord> UnmatchedGold,
    ImmutableArray<EventRecord> UnmatchedPredictions)
{
    /// <summary>The ignored predictions with the background gold record each matched (for cluster scoring).</summary>
    public ImmutableArray<MatchedPair> BackgroundPairs { get; init; } = [];
}

/// <summary>One document's results at the three levels.</summary>
public sealed record DocumentScore(string Doc, LevelResult Lenient, LevelResult Standard, LevelResult Strict)
{
    public LevelResult At(MatchLevel level) => level switch
    {
        MatchLevel.Lenient => Lenient,
        MatchLevel.Standard => Standard,
        _ => Strict,
    };
}

/// <summary>A non-background gold record no prediction matched (standard level), with the nearest prediction's shortfall.</summary>
public sealed record Miss(EventRecord Gold, string Nearest);

/// <summary>A prediction that matched nothing (standard level), with the nearest gold record's shortfall.</summary>
public sealed record FalseAlarm(EventRecord Predicted, string Nearest);

/// <summary>The scorer's whole answer: overall and per-document scores, misses and false alarms.</summary>
public sealed record EvaluationReport(
    LevelResult Lenient,
    LevelResult Standard,
    LevelResult Strict,
    ImmutableArray<DocumentScore> Documents,
    ImmutableArray<Miss> Misses,
    ImmutableArray<FalseAlarm> FalseAlarms)
{
    public LevelResult At(MatchLevel level) => level switch
    {
        MatchLevel.Lenient => Lenient,
        MatchLevel.Standard => Standard,
        _ => Strict,
    };
}
