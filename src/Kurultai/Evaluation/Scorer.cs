using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>
/// Scores predicted event records against gold records as <c>shared/eval/FORMAT.md</c> says: one-to-one
/// matching per document maximising the number of matches, at three levels (lenient, standard, strict).
/// </summary>
/// <remarks>
/// Background gold records are neither required nor penalised: predictions are first matched (maximally) to the
/// non-background gold records; the predictions left over are then matched, one-to-one, to background records,
/// and those that find one are ignored. A second prediction of the same background event is therefore a false
/// alarm, like a second prediction of any event. Field accuracy is computed on the matched pairs of each level.
/// </remarks>
public sealed class Scorer(ActorAliases aliases)
{
    private const double NearKm = 10;

    public Scorer() : this(ActorAliases.None) { }

    public EvaluationReport Score(IEnumerable<EventRecord> gold, IEnumerable<EventRecord> predicted)
    {
        var goldByDoc = gold.ToLookup(r => r.Doc, StringComparer.Ordinal);
        var predByDoc = predicted.ToLookup(r => r.Doc, StringComparer.Ordinal);
        var docs = goldByDoc.Select(g => g.Key).Union(predByDoc.Select(g => g.Key), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var documents = docs.Select(doc => ScoreDocument(doc, [.. goldByDoc[doc]], [.. predByDoc[doc]])).ToImmutableArray();
        var misses = ImmutableArray.CreateBuilder<Miss>();
        var falseAlarms = ImmutableArray.CreateBuilder<FalseAlarm>();
        foreach (var d in documents)
        {
            var goldOfDoc = goldByDoc[d.Doc].ToList();
            var predOfDoc = predByDoc[d.Doc].ToList();
            foreach (var g in d.Standard.UnmatchedGold)
                misses.Add(new Miss(g, NearestExplainer.ForGold(g, predOfDoc, d.Standard)));
            foreach (var p in d.Standard.UnmatchedPredictions)
                falseAlarms.Add(new FalseAlarm(p, NearestExplainer.ForPrediction(p, goldOfDoc, d.Standard)));
        }
        return new EvaluationReport(
            Combine(MatchLevel.Lenient, documents), Combine(MatchLevel.Standard, documents), Combine(MatchLevel.Strict, documents),
            documents, misses.ToImmutable(), falseAlarms.ToImmutable());
    }

    /// <summary>Scores one document's records at the three levels.</summary>
    public DocumentScore ScoreDocument(string doc, IReadOnlyList<EventRecord> gold, IReadOnlyList<EventRecord> predicted) =>
        new(doc, ScoreLevel(gold, predicted, MatchLevel.Lenient), ScoreLevel(gold, predicted, MatchLevel.Standard),
            ScoreLevel(gold, predicted, MatchLevel.Strict));

    /// <summary>Scores one document's records at one level.</summary>
    public LevelResult ScoreLevel(IReadOnlyList<EventRecord> gold, IReadOnlyList<EventRecord> predicted, MatchLevel level)
    {
        var real = gold.Where(g => !g.Background).ToList();
        var background = gold.Where(g => g.Background).ToList();

        var toReal = Match(predicted, real, level);
        var pairs = predicted.Select((p, i) => (p, i)).Where(x => toReal[x.i] >= 0)
            .Select(x => new MatchedPair(x.p, real[toReal[x.i]])).ToImmutableArray();

        var leftover = predicted.Where((_, i) => toReal[i] < 0).ToList();
        var toBackground = Match(leftover, background, level);
        var ignored = leftover.Where((_, i) => toBackground[i] >= 0).ToImmutableArray();
        var backgroundPairs = leftover.Select((p, i) => (p, i)).Where(x => toBackground[x.i] >= 0)
            .Select(x => new MatchedPair(x.p, background[toBackground[x.i]])).ToImmutableArray();
        var unmatchedPredictions = leftover.Where((_, i) => toBackground[i] < 0).ToImmutableArray();

        var matchedGold = pairs.Select(p => p.Gold).ToHashSet(ReferenceEqualityComparer.Instance);
        var unmatchedGold = real.Where(g => !matchedGold.Contains(g)).ToImmutableArray();

        return new LevelResult(level, new MatchCounts(predicted.Count, ignored.Length, pairs.Length, real.Count),
            Fields(pairs), pairs, ignored, unmatchedGold, unmatchedPredictions)
        { BackgroundPairs = backgroundPairs };
    }

    /// <summary>
    /// A maximum matching of predictions to gold records; among maximum matchings, the one whose pairs agree best
    /// (date, sub-type, distance, actor1), so that field accuracy is not lowered by an arbitrary pairing.
    /// </summary>
    private int[] Match(IReadOnlyList<EventRecord> predicted, IReadOnlyList<EventRecord> gold, MatchLevel level) =>
        BipartiteMatcher.Match(predicted.Count, gold.Count, (p, g) =>
            MatchConditions.Matches(predicted[p], gold[g], level) ? PairCost(predicted[p], gold[g]) : null);

    /// <summary>How far a compatible pair is from perfect agreement, in [0, 1).</summary>
    private double PairCost(EventRecord p, EventRecord g)
    {
        double days = Math.Min(Math.Abs(p.EventDate.DayNumber - g.EventDate.DayNumber), 10) / 10.0;
        double km = Math.Min(MatchConditions.DistanceKm(p, g), 100) / 100.0;
        double subType = string.Equals(p.SubEventType, g.SubEventType, StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        double actor = aliases.Same(p.Actor1, g.Actor1) ? 0 : 1;
        double fatalities = p.Fatalities == g.Fatalities ? 0 : 1;
        double evidence = Overlaps(p.Evidence, g.Evidence) ? 0 : 1;
        return 0.99 * (0.3 * days + 0.2 * km + 0.2 * subType + 0.1 * actor + 0.1 * fatalities + 0.1 * evidence);
    }

    private static bool Overlaps(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase));

    private FieldAccuracy Fields(IReadOnlyCollection<MatchedPair> pairs) => new(
        pairs.Count,
        pairs.Count(x => x.Predicted.EventDate == x.Gold.EventDate),
        pairs.Count(x => MatchConditions.DistanceKm(x.Predicted, x.Gold) <= NearKm),
        pairs.Count(x => x.Predicted.Fatalities == x.Gold.Fatalities),
        pairs.Count(x => x.Predicted.Fatalities >= x.Gold.Fatalities
            && x.Predicted.Fatalities <= Math.Max(x.Gold.Fatalities, x.Gold.FatalitiesMax ?? x.Gold.Fatalities)),
        pairs.Count(x => aliases.Same(x.Predicted.Actor1, x.Gold.Actor1)));

    private LevelResult Combine(MatchLevel level, IReadOnlyList<DocumentScore> documents)
    {
        var parts = documents.Select(d => d.At(level)).ToList();
        var pairs = parts.SelectMany(p => p.Pairs).ToImmutableArray();
        return new LevelResult(level,
            parts.Aggregate(MatchCounts.Zero, (sum, p) => sum + p.Counts),
            Fields(pairs), pairs,
            [.. parts.SelectMany(p => p.Ignored)],
            [.. parts.SelectMany(p => p.UnmatchedGold)],
            [.. parts.SelectMany(p => p.UnmatchedPredictions)])
        { BackgroundPairs = [.. parts.SelectMany(p => p.BackgroundPairs)] };
    }
}
