namespace Kurultai.Model;

/// <summary>What a number counts.</summary>
public enum Counted
{
    Unknown,
    Dead,
    Injured,
    Arrested,
    Participants,
    Police,
    Other,
}

/// <summary>
/// A number in the text with what it counts, e.g. "at least 12 protesters were killed" → min 12, Dead.
/// </summary>
/// <param name="Min">The conservative value ("over 100" → 100).</param>
/// <param name="Max">The upper bound when stated ("up to 300" → 300), else null.</param>
/// <param name="CountedStart">Offset of the word that says what is counted, or -1.</param>
public readonly record struct Quantity(
    int Start,
    int Length,
    long Min,
    long? Max,
    Counted Counted,
    double Confidence,
    int CountedStart = -1,
    int CountedLength = 0,
    bool Vague = false)
{
    public Span Span => new(Start, Length);
}
