namespace Kurultai.Places;

/// <summary>Great-circle distance on the WGS84 sphere approximation: Bishkek–Osh is about 300 km.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The haversine distance in kilometres between two points given in degrees.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Radians(lat2 - lat1), dLon = Radians(lon2 - lon1);
        double a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
