using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>
/// Says why a record found no partner, from the nearest record on the other side of the same document,
/// e.g. "nearest 000-a1b2: type Riots≠Protests" or "duplicate: 000-07 is matched to 000-c3d4".
/// </summary>
internal static class NearestExplainer
{
    public static string ForGold(EventRecord gold, IReadOnlyList<EventRecord> predictions, LevelResult result)
    {
        if (predictions.Count == 0)
            return "no prediction for this document";
        var nearest = predictions
            .Select(p => (p, failures: MatchConditions.Failures(p, gold, result.Level)))
            .OrderBy(x => x.failures.Count)
            .ThenBy(x => Math.Abs(x.p.EventDate.DayNumber - gold.EventDate.DayNumber))
            .ThenBy(x => Math.Min(MatchConditions.DistanceKm(x.p, gold), 1e6))
            .First();
        if (nearest.failures.Count == 0)
        {
            var partner = result.Pairs.FirstOrDefault(x => ReferenceEquals(x.Predicted, nearest.p))?.Gold.Id;
            return partner is null
                ? $"{nearest.p.Id} would match but went to a background record"
                : $"{nearest.p.Id} would match but is paired with gold {partner}";
        }
        return $"nearest {nearest.p.Id}: {string.Join("; ", nearest.failures)}";
    }

    public static string ForPrediction(EventRecord predicted, IReadOnlyList<EventRecord> gold, LevelResult result)
    {
        if (gold.Count == 0)
            return "no gold record for this document";
        var nearest = gold
            .Select(g => (g, failures: MatchConditions.Failures(predicted, g, result.Level)))
            .OrderBy(x => x.failures.Count)
            .ThenBy(x => x.g.Background ? 1 : 0)
            .ThenBy(x => Math.Abs(predicted.EventDate.DayNumber - x.g.EventDate.DayNumber))
            .ThenBy(x => Math.Min(MatchConditions.DistanceKm(predicted, x.g), 1e6))
            .First();
        if (nearest.failures.Count == 0)
        {
            var partner = result.Pairs.FirstOrDefault(x => ReferenceEquals(x.Gold, nearest.g))?.Predicted.Id;
            return partner is null
                ? $"duplicate: background {nearest.g.Id} is already matched"
                : $"duplicate: gold {nearest.g.Id} is paired with {partner}";
        }
        return $"nearest {nearest.g.Id}{(nearest.g.Background ? " (background)" : "")}: {string.Join("; ", nearest.failures)}";
    }
}
