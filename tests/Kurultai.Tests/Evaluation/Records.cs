using Kurultai.Model;

namespace Kurultai.Tests.Evaluation;

/// <summary>Hand-written event records for scorer tests: a protest in a made-up town unless told otherwise.</summary>
internal static class Records
{
    // Two towns 30 km apart in region "North", one 300 km away in region "South".
    public const double AlphaLat = 42.00, AlphaLon = 74.00;
    public const double BetaLat = 42.27, BetaLon = 74.00;
    public const double GammaLat = 40.00, GammaLon = 72.50;

    public static EventRecord Make(string id, string date = "2020-10-05", string type = "Protests",
        string sub = "Peaceful protest", string doc = "d1", bool background = false) => new()
        {
            Id = id,
            Doc = doc,
            EventDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            TimePrecision = 1,
            EventType = type,
            SubEventType = sub,
            Actor1 = "Protesters (Testland)",
            Country = "TL",
            Admin1 = "North",
            Location = "Alpha",
            Lat = AlphaLat,
            Lon = AlphaLon,
            GeoPrecision = 1,
            Evidence = "a crowd gathered in Alpha",
            Background = background,
        };

    public static EventRecord InBeta(this EventRecord r) => r with { Location = "Beta", Lat = BetaLat, Lon = BetaLon };

    public static EventRecord InGamma(this EventRecord r) => r with { Location = "Gamma", Admin1 = "South", Lat = GammaLat, Lon = GammaLon };
}
