using System.Security.Cryptography;
using System.Text;
using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>
/// Builds a <see cref="FusedEvent"/> from the records of one cluster: "56 dead" + "over 80" + "over 100" → fatalities
/// 56, range 56–100, disputed.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Type: the (event type, sub-event type) most sources give; a tie goes to the more severe/specific by
/// <see cref="EventTypeCompatibility.SeverityOrder"/>.</item>
/// <item>Date: among the reports of the time (background recollections only when there are none), those with the best
/// time precision, the day most of them give; a tie goes to the earliest.
/// The end is the latest end those sources state for that day.</item>
/// <item>Place: among the sources with the best geo precision (town over region over country), the place most of them
/// name; a tie goes to the name that sorts first.</item>
/// <item>Actors: the actor1 (and actor2) most sources of the chosen type name; a tie goes to the longer name.</item>
/// <item>Figures: the lowest stated (conservative) and the range over every source's lowest and highest. A
/// fatalities figure of 0 means "none reported" in FORMAT.md, so it is not a figure: it neither lowers the
/// conservative value nor disputes others.</item>
/// </list>
/// </remarks>
public sealed class FusedEventBuilder(FusionRules rules)
{
    public FusedEvent Build(IReadOnlyList<EventRecord> members)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        if (members.Count == 1)
            return Single(members[0]);
        var records = members.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var flags = FusionDisagreement.None;

        var (type, sub) = records
            .GroupBy(r => (r.EventType, r.SubEventType))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => EventTypeCompatibility.Severity(g.Key.EventType, g.Key.SubEventType))
            .ThenBy(g => g.Key.EventType + "/" + g.Key.SubEventType, StringComparer.Ordinal)
            .First().Key;
        if (records.Select(r => (r.EventType, r.SubEventType)).Distinct().Count() > 1)
            flags |= FusionDisagreement.Type;

        var witnesses = records.Any(r => !r.Background) ? records.Where(r => !r.Background).ToList() : records;
        var timePrecision = witnesses.Min(r => r.TimePrecision);
        var precise = witnesses.Where(r => r.TimePrecision == timePrecision).ToList();
        var date = precise.GroupBy(r => r.EventDate).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var dateEnd = precise.Where(r => r.EventDate == date).Max(r => r.DateEnd);
        if (precise.Select(r => r.EventDate).Distinct().Count() > 1)
            flags |= FusionDisagreement.Date;

        var geoPrecision = records.Min(r => r.GeoPrecision);
        var located = records.Where(r => r.GeoPrecision == geoPrecision).ToList();
        var placeKey = located.GroupBy(r => FusionRecord.Normalise(r.Location))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var place = located.First(r => FusionRecord.Normalise(r.Location) == placeKey);
        if (geoPrecision <= 1 && located.Select(r => FusionRecord.Normalise(r.Location)).Distinct().Count() > 1)
            flags |= FusionDisagreement.Place;

        var typed = records.Where(r => r.EventType == type && r.SubEventType == sub).ToList();
        var actor1 = Majority(typed.Select(r => r.Actor1)) ?? "";
        var actor2 = Majority(typed.Select(r => r.Actor2));

        var fatalities = FigureRange.From([.. records.Where(r => r.Fatalities > 0).Select(r => (r.Fatalities, r.FatalitiesMax ?? r.Fatalities))], rules);
        var injuries = Figures(records, r => r.Injuries);
        var arrests = Figures(records, r => r.Arrests);
        var crowd = Figures(records, r => r.CrowdSize);
        flags |= Flag(fatalities, FusionDisagreement.Fatalities) | Flag(injuries, FusionDisagreement.Injuries)
            | Flag(arrests, FusionDisagreement.Arrests) | Flag(crowd, FusionDisagreement.CrowdSize);
        if (records.Any(r => r.FatalitiesMax > r.Fatalities))
            flags |= FusionDisagreement.SelfContradiction;

        return new FusedEvent
        {
            Id = IdFor(records[0].Id),
            RecordIds = [.. records.Select(r => r.Id)],
            Claims = [.. records.OrderBy(r => r.EventDate).ThenBy(r => r.Doc, StringComparer.Ordinal)
                .ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => new SourceClaim(r, OutletOf(r.SourceUrl)))],
            Sources = records.Select(r => r.Doc).Distinct(StringComparer.Ordinal).Count(),
            EventDate = date,
            DateEnd = dateEnd,
            TimePrecision = timePrecision,
            EventType = type,
            SubEventType = sub,
            Actor1 = actor1,
            Actor2 = actor2,
            Country = Majority(records.Select(r => r.Country.Trim().ToUpperInvariant())) ?? "",
            Admin1 = place.Admin1,
            Location = place.Location,
            Lat = place.Lat,
            Lon = place.Lon,
            GeoPrecision = geoPrecision,
            Fatalities = fatalities,
            Injuries = injuries,
            Arrests = arrests,
            CrowdSize = crowd,
            Background = records.All(r => r.Background),
            Disagreements = flags,
        };
    }

    /// <summary>One source: its own fields, nothing to reconcile (the common case, kept cheap).</summary>
    private FusedEvent Single(EventRecord r)
    {
        var fatalities = r.Fatalities > 0 ? FigureRange.From([(r.Fatalities, r.FatalitiesMax ?? r.Fatalities)], rules) : FigureRange.None;
        return new FusedEvent
        {
            Id = IdFor(r.Id),
            RecordIds = [r.Id],
            Claims = [new SourceClaim(r, OutletOf(r.SourceUrl))],
            Sources = 1,
            EventDate = r.EventDate,
            DateEnd = r.DateEnd,
            TimePrecision = r.TimePrecision,
            EventType = r.EventType,
            SubEventType = r.SubEventType,
            Actor1 = r.Actor1,
            Actor2 = string.IsNullOrWhiteSpace(r.Actor2) ? null : r.Actor2,
            Country = r.Country.Trim().ToUpperInvariant(),
            Admin1 = r.Admin1,
            Location = r.Location,
            Lat = r.Lat,
            Lon = r.Lon,
            GeoPrecision = r.GeoPrecision,
            Fatalities = fatalities,
            Injuries = r.Injuries is { } i ? FigureRange.From([(i, i)], rules) : null,
            Arrests = r.Arrests is { } a ? FigureRange.From([(a, a)], rules) : null,
            CrowdSize = r.CrowdSize is { } c ? FigureRange.From([(c, c)], rules) : null,
            Background = r.Background,
            Disagreements = r.FatalitiesMax > r.Fatalities ? FusionDisagreement.SelfContradiction : FusionDisagreement.None,
        };
    }

    /// <summary>The fused-event id for a cluster whose anchor (first record id, ordinal) is <paramref name="anchorRecordId"/>.</summary>
    public static string IdFor(string anchorRecordId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(anchorRecordId), hash);
        return "E" + Convert.ToHexStringLower(hash[..6]);
    }

    /// <summary>"https://www.example.org/news/1" → "example.org"; null when there is no usable URL.</summary>
    public static string? OutletOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return null;
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    private FigureRange? Figures(List<EventRecord> records, Func<EventRecord, int?> figure)
    {
        var stated = records.Select(figure).OfType<int>().Select(v => (v, v)).ToList();
        return stated.Count == 0 ? null : FigureRange.From(stated, rules);
    }

    private static FusionDisagreement Flag(FigureRange? range, FusionDisagreement flag) =>
        range is { Disputed: true, Reports: > 1 } ? flag : FusionDisagreement.None;

    private static string? Majority(IEnumerable<string?> values) => values
        .Where(v => !string.IsNullOrWhiteSpace(v))
        .GroupBy(v => v!.Trim(), StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key).FirstOrDefault();
}
