namespace Kurultai.Evaluation;

/// <summary>Which coordinates the scorer can compare: finite, in range, and not the (0, 0) placeholder.</summary>
public static class Coordinates
{
    public static bool IsKnown(double lat, double lon) =>
        double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 && (lat != 0 || lon != 0);
}
