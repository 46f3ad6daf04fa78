using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>How strictly event types must agree for a prediction to match a gold record.</summary>
public enum MatchLevel
{
    /// <summary>Detection, type-blind: same document, date and place.</summary>
    Lenient,

    /// <summary>The standard score: also the same <c>event_type</c>.</summary>
    Standard,

    /// <summary>Also the same <c>sub_event_type</c>.</summary>
    Strict,
}

/// <summary>The conditions of FORMAT.md under which a predicted record matches a gold record.</summary>
/// <remarks>
/// Date: the prediction's <c>event_date</c> lies in the gold span (<c>event_date</c>..<c>date_end</c>) widened by
/// one day on each side. Place: within 50 km, or the same non-empty <c>admin1</c>, or the gold record is
/// country-level (<c>geo_precision</c> 3) and the prediction is in the same country. The same document is the
/// caller's business (the scorer matches document by document).
/// </remarks>
public static class MatchConditions
{
    public const double PlaceRadiusKm = 50;

    public static bool TypeAgrees(EventRecord predicted, EventRecord gold, MatchLevel level) => level switch
    {
        MatchLevel.Lenient => true,
        MatchLevel.Standard => Same(predicted.EventType, gold.EventType),
        _ => Same(predicted.EventType, gold.EventType) && Same(predicted.SubEventType, gold.SubEventType),
    };

    public static bool DateAgrees(EventRecord predicted, EventRecord gold)
    {
        var last = gold.DateEnd is { } end && end > gold.EventDate ? end : gold.EventDate;
        return predicted.EventDate >= gold.EventDate.AddDays(-1) && predicted.EventDate <= last.AddDays(1);
    }

    public static bool PlaceAgrees(EventRecord predicted, EventRecord gold) =>
        DistanceKm(predicted, gold) <= PlaceRadiusKm
        || (gold.Admin1.Length > 0 && NameKey.Of(gold.Admin1) == NameKey.Of(predicted.Admin1))
        || (gold.GeoPrecision == 3 && Same(gold.Country, predicted.Country));

    public static bool Matches(EventRecord predicted, EventRecord gold, MatchLevel level) =>
        TypeAgrees(predicted, gold, level) && DateAgrees(predicted, gold) && PlaceAgrees(predicted, gold);

    /// <summary>The distance between the two records' coordinates; infinity when either is unknown.</summary>
    public static double DistanceKm(EventRecord a, EventRecord b) =>
        Coordinates.IsKnown(a.Lat, a.Lon) && Coordinates.IsKnown(b.Lat, b.Lon)
            ? Places.GeoDistance.Km(a.Lat, a.Lon, b.Lat, b.Lon)
            : double.PositiveInfinity;

    /// <summary>What keeps a prediction from matching a gold record, e.g. "type Riots≠Protests; date 2010-04-09 outside 2010-04-07".</summary>
    public static IReadOnlyList<string> Failures(EventRecord predicted, EventRecord gold, MatchLevel level)
    {
        var failures = new List<string>(3);
        if (!Same(predicted.EventType, gold.EventType) && level >= MatchLevel.Standard)
            failures.Add($"type {predicted.EventType}≠{gold.EventType}");
        else if (level == MatchLevel.Strict && !Same(predicted.SubEventType, gold.SubEventType))
            failures.Add($"sub-type {predicted.SubEventType}≠{gold.SubEventType}");
        if (!DateAgrees(predicted, gold))
            failures.Add($"date {predicted.EventDate:yyyy-MM-dd} outside {gold.EventDate:yyyy-MM-dd}"
                + (gold.DateEnd is { } end ? $"..{end:yyyy-MM-dd}" : "") + " ±1");
        if (!PlaceAgrees(predicted, gold))
        {
            var km = DistanceKm(predicted, gold);
            failures.Add($"place {Describe(predicted)} vs {Describe(gold)}"
                + (double.IsFinite(km) ? $" ({km:0} km)" : ""));
        }
        return failures;
    }

    private static string Describe(EventRecord r) =>
        r.Admin1.Length > 0 && r.Admin1 != r.Location ? $"{r.Location} ({r.Admin1})" : r.Location.Length > 0 ? r.Location : r.Country;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
