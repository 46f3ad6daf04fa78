using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>
/// Decides whether two records from different documents can report the same happening, and how well they agree:
/// "storming of parliament, Bishkek, 5 Oct" vs "protesters took the White House, Bishkek, night of 6 Oct".
/// </summary>
/// <remarks>
/// <para>Hard constraints (any failure rejects the pair): different documents; same country; date windows at most
/// <see cref="FusionRules.DayTolerance"/> days apart (a window is the stated day or span, a precision-2 day ± a half
/// week, a precision-3 day's month) and no wider than <see cref="FusionRules.MaxWindowDays"/>; a background record
/// (a recollection) pairs with a current one only when the current record's window lies inside its own; places compatible (same town or within
/// <see cref="FusionRules.NearbyKm"/>, a region record vs a place in that admin1, or either record country-level);
/// types compatible (<see cref="EventTypeCompatibility"/>); actors not contradicting each other.</para>
/// <para>Two background records are compatible under the same constraints, but their pair scores 0 (no link of its
/// own) unless both state the same day: recollections join a cluster through a report of the time, never alone.</para>
/// <para>Score factors: type 1 / 0.75 (same type) / 0.6 (cross-type); date 1 (same day, or a current day inside a
/// recollection's window) / 0.8 (a day apart) / 0.5·√(7/window) (one inside the other's vague window), × 0.9 or 0.8
/// when the vaguer date has precision 2 or 3;
/// place 1 (same place) / 0.9 (same region, both vague) / 0.8 (town in region, or a nearby town) / 0.6 (country
/// level); actors 1 (agree) / 0.9 (one side names fewer) / 0.8 (roles swapped) / 0.7 (half swapped) / 0.6 (a named
/// actor vs a generic one, outside Strategic developments).</para>
/// </remarks>
public sealed class RecordPairScorer(FusionRules rules)
{
    private readonly TypeCodes _types = new();
    private readonly FeatureCache _features = new();

    public FusionRules Rules { get; } = rules;

    /// <summary>The full decision for two records (for tests and diagnostics; the index uses the internal path).</summary>
    public PairDecision Explain(EventRecord a, EventRecord b)
    {
        var x = new FusionRecord(a, 0, _types.Code(a.EventType, a.SubEventType), Rules, _features);
        var y = new FusionRecord(b, 1, _types.Code(b.EventType, b.SubEventType), Rules, _features);
        return Decide(x, y, _types);
    }

    internal PairDecision Decide(FusionRecord a, FusionRecord b, TypeCodes types)
    {
        if (a.Doc == b.Doc)
            return PairDecision.Reject("same document");
        if (a.Country != b.Country)
            return PairDecision.Reject("country");
        if (!a.Fusable || !b.Fusable)
            return PairDecision.Reject("vague date");
        if (Math.Max(a.Low, b.Low) - Math.Min(a.High, b.High) > Rules.DayTolerance)
            return PairDecision.Reject("date");
        if (a.Background != b.Background && !Recalls(a.Background ? a : b, a.Background ? b : a))
            return PairDecision.Reject("background date");
        if (string.CompareOrdinal(a.Id, b.Id) > 0)
            (a, b) = (b, a); // one order for every pair, so the score is bit-for-bit symmetric
        var place = PlaceFactor(a, b);
        if (place == 0)
            return PairDecision.Reject("place");
        var type = types.Compare(a.TypeCode, b.TypeCode) switch
        {
            TypeAgreement.Same => 1.0,
            TypeAgreement.SameType => 0.75,
            TypeAgreement.Compatible => 0.6,
            _ => 0.0,
        };
        if (type == 0)
            return PairDecision.Reject("type");
        var strict = a.Strategic || b.Strategic;
        var actors = ActorAgreement.Factor(a.Actor1, a.Actor2, b.Actor1, b.Actor2, strict);
        if (actors == 0)
            return PairDecision.Reject("actors");
        var date = DateFactor(a, b);
        var evidence = EvidenceWords.Jaccard(a.Evidence, b.Evidence);
        if (a.Background && b.Background && !SameDay(a, b))
            return new PairDecision(null, 0, type, date, place, actors, evidence);   // compatible, but no link of its own
        return new PairDecision(null, (type * date * place * actors) + (0.1 * evidence), type, date, place, actors, evidence);
    }

    /// <summary>
    /// A recollection may report the current record's happening when the days the current record states lie inside
    /// the recollection's window: "in April" admits 7 April, "early April" 1–10 April, "on 7 April" only the 7th.
    /// </summary>
    private static bool Recalls(FusionRecord recollection, FusionRecord current) =>
        current.Start >= recollection.Low && current.End <= recollection.High;

    /// <summary>Two recollections link on their own only when both state the same day (precision 1), e.g. "on 24 March 2005".</summary>
    private static bool SameDay(FusionRecord a, FusionRecord b) =>
        a.TimePrecision == 1 && b.TimePrecision == 1 && a.Start == b.Start && a.End == b.End;

    private double DateFactor(FusionRecord a, FusionRecord b)
    {
        double factor;
        var (recalled, current) = a.Background ? (a, b) : (b, a);
        if (a.Background != b.Background && recalled.High - recalled.Low > current.High - current.Low)
            factor = 1.0;   // a recollection is vague by nature: admitting the current record's day is full agreement
        else if (!a.IsSpan && !b.IsSpan && Math.Abs(a.Start - b.Start) <= 1)
            factor = a.Start == b.Start ? 1.0 : 0.8;
        else if (a.IsSpan && b.IsSpan && Math.Abs(a.Start - b.Start) <= 1 && Math.Abs(a.End - b.End) <= 1)
            factor = 0.9;
        else
        {
            var window = Math.Max(a.High - a.Low, b.High - b.Low) + 1;
            factor = 0.5 * Math.Sqrt(7.0 / Math.Max(7, window));
        }
        var precision = Math.Max(a.TimePrecision, b.TimePrecision);
        return factor * (precision >= 3 ? 0.8 : precision == 2 ? 0.9 : 1.0);
    }

    private double PlaceFactor(FusionRecord a, FusionRecord b)
    {
        int pa = a.GeoPrecision, pb = b.GeoPrecision;
        if (pa >= 3 || pb >= 3)
            return 0.6;
        if (pa <= 1 && pb <= 1)
        {
            var admin1Agrees = a.Admin1.Length == 0 || b.Admin1.Length == 0 || a.Admin1 == b.Admin1;
            if (a.Location.Length > 0 && a.Location == b.Location && admin1Agrees)
                return 1.0;
            if (!a.HasCoordinates || !b.HasCoordinates)
                return 0;
            var km = Places.GeoDistance.Km(a.Lat, a.Lon, b.Lat, b.Lon);
            return km <= Rules.SamePlaceKm ? 1.0 : km <= Rules.NearbyKm ? 0.8 : 0;
        }
        var bothVague = pa == 2 && pb == 2;
        if (a.Admin1.Length > 0 && b.Admin1.Length > 0)
            return a.Admin1 == b.Admin1 ? (bothVague ? 0.9 : 0.8) : 0;
        return a.Location.Length > 0 && a.Location == b.Location ? 0.8 : 0;
    }
}
