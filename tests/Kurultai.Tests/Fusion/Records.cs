using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>Builds event records by hand: a Bishkek riot on 5 October 2020 unless told otherwise.</summary>
internal static class Records
{
    public static EventRecord Riot(string id, string doc, string date = "2020-10-05") => new()
    {
        Id = id,
        Doc = doc,
        EventDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        TimePrecision = 1,
        EventType = "Riots",
        SubEventType = "Violent demonstration",
        Actor1 = "Rioters (Testland)",
        Actor2 = "Police Forces of Testland",
        Country = "TL",
        Admin1 = "Capital",
        Location = "Capital City",
        Lat = 40.00,
        Lon = 70.00,
        GeoPrecision = 1,
        Evidence = "demonstrators broke into the parliament building",
    };

    public static EventRecord At(this EventRecord r, string date, int precision = 1, string? end = null) => r with
    {
        EventDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        TimePrecision = precision,
        DateEnd = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static EventRecord Typed(this EventRecord r, string type, string sub) => r with { EventType = type, SubEventType = sub };

    public static EventRecord In(this EventRecord r, string location, string admin1, double lat, double lon, int precision = 1) =>
        r with { Location = location, Admin1 = admin1, Lat = lat, Lon = lon, GeoPrecision = precision };

    public static EventRecord Between(this EventRecord r, string actor1, string? actor2) => r with { Actor1 = actor1, Actor2 = actor2 };

    public static EventRecord Killed(this EventRecord r, int fatalities, int? max = null) => r with { Fatalities = fatalities, FatalitiesMax = max };
}
