namespace Kurultai.Fusion;

/// <summary>Why two records may or may not report the same happening, with the factors of their score.</summary>
/// <param name="Rejected">Null when the pair passes the hard constraints, else the constraint it fails
/// ("same document", "country", "date", "background date", "place", "type", "actors", "vague date").</param>
/// <param name="Score">type × date × place × actors + 0.1 × evidence overlap; 0 when rejected.</param>
public readonly record struct PairDecision(
    string? Rejected,
    double Score,
    double Type,
    double Date,
    double Place,
    double Actors,
    double Evidence)
{
    public bool Compatible => Rejected is null;

    internal static PairDecision Reject(string reason) => new(reason, 0, 0, 0, 0, 0, 0);
}
