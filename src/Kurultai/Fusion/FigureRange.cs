using System.Globalization;

namespace Kurultai.Fusion;

/// <summary>
/// A count as several sources give it: the conservative figure (the lowest stated, FORMAT.md's rule) and the range
/// over every source's lowest and highest figure, e.g. "56", "over 80", "over 100" → 56, [56, 100], disputed.
/// </summary>
/// <param name="Value">The conservative figure: the lowest any source states.</param>
/// <param name="Reports">How many sources state a figure.</param>
/// <param name="Disputed">The spread is material: Max &gt; ratio × Min and Max − Min ≥ the minimum difference
/// (<see cref="FusionRules.DisputeRatio"/>, <see cref="FusionRules.DisputeMinDifference"/>).</param>
public readonly record struct FigureRange(int Value, int Min, int Max, int Reports, bool Disputed)
{
    public static FigureRange None => default;

    /// <summary>Builds the range from each source's (lowest, highest) figure.</summary>
    public static FigureRange From(IReadOnlyCollection<(int Low, int High)> figures, FusionRules rules)
    {
        if (figures.Count == 0)
            return None;
        var min = figures.Min(f => f.Low);
        var max = figures.Max(f => Math.Max(f.Low, f.High));
        var disputed = max > rules.DisputeRatio * min && max - min >= rules.DisputeMinDifference;
        return new FigureRange(min, min, max, figures.Count, disputed);
    }

    /// <summary>"fatalities 56–100 (3 sources disagree)", "injuries 600 (up to 700)", "fatalities 1".</summary>
    public string Describe(string label)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{label} {Value}");
        if (Disputed)
        {
            return Reports > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{label} {Min}–{Max} ({Reports} sources disagree)")
                : string.Create(CultureInfo.InvariantCulture, $"{label} {Min}–{Max} (the source gives both)");
        }
        return Max > Min ? string.Create(CultureInfo.InvariantCulture, $"{text} (up to {Max})") : text;
    }
}
