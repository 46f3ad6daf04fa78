namespace Kurultai.Clean;

/// <summary>What the cleaner does with one raw line.</summary>
internal enum LineFate
{
    Blank,
    Keep,
    Drop,
}

/// <summary>
/// A line's fate; a dropped line's <c>Note</c> says why ("debris: Share this"), a kept line may skip a prefix
/// (<c>ContentStart</c>, e.g. past "Updated: Nov 19, 2021 ").
/// </summary>
internal readonly record struct LineVerdict(LineFate Fate, string? Note = null, int ContentStart = -1)
{
    public static readonly LineVerdict Blank = new(LineFate.Blank);
    public static readonly LineVerdict Keep = new(LineFate.Keep);

    public static LineVerdict Drop(string? note) => new(LineFate.Drop, note);
}
