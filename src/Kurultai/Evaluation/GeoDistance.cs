namespace Kurultai.Evaluation;

/// <summary>Great-circle distance on a spherical Earth, e.g. Bishkek (42.87, 74.59) to Talas (42.52, 72.24) ≈ 195 km.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The haversine distance in kilometres.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Radians(lat2 - lat1), dLon = Radians(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>True when a coordinate pair is usable: finite, in range, and not the (0, 0) placeholder.</summary>
    public static bool IsKnown(double lat, double lon) =>
        double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 && (lat != 0 || lon != 0);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
