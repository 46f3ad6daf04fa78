namespace Kurultai.Dates;

/// <summary>
/// Checks that a document's live-blog timestamps run in order (forwards, or backwards for newest-first blogs) and
/// proposes a one-digit correction for each that breaks the order: "7 April, 7 April, 17 April, 8 April" → the
/// "17 April" was meant as 7 April.
/// </summary>
/// <remarks>
/// A Viterbi search over each timestamp's date and its one-digit edits of the day number (drop, change or insert a
/// digit). Costs: an edit 1.0; a step back in time 3.0 (0.3 for an earlier time on the same day); a date far from the
/// median timestamp 0.1 per day, at most 1.0. The cheaper of the forward and backward readings wins; a timestamp is
/// corrected only where the edit lowers the total cost, so a sequence already in order is never changed.
/// </remarks>
internal static class ChronologyChecker
{
    private const double EditCost = 1.0;
    private const double BackwardCost = 3.0;
    private const double SameDayBackwardCost = 0.3;
    private const double DistanceCostPerDay = 0.1;
    private const double MaxDistanceCost = 1.0;

    /// <summary>For each stamp, the proposed date where it breaks the chronology, else null.</summary>
    public static DateOnly?[] Check(IReadOnlyList<(DateOnly Date, int Minutes)> stamps)
    {
        var result = new DateOnly?[stamps.Count];
        if (stamps.Count < 3) return result;
        var days = stamps.Select(s => s.Date.DayNumber).Order().ToArray();
        int median = days[days.Length / 2];
        var candidates = stamps.Select(s => Candidates(s.Date, median)).ToArray();

        var (forwardCost, forwardPath) = Best(stamps, candidates, reverse: false);
        var (backwardCost, backwardPath) = Best(stamps, candidates, reverse: true);
        var path = backwardCost < forwardCost ? backwardPath : forwardPath;
        for (int i = 0; i < stamps.Count; i++)
            if (path[i] > 0) result[i] = candidates[i][path[i]].Date;
        return result;
    }

    private static List<(DateOnly Date, double Cost)> Candidates(DateOnly date, int median)
    {
        var list = new List<(DateOnly, double)> { (date, Distance(date, median)) };
        foreach (int day in DigitEdits(date.Day))
        {
            if (DateMath.Make(date.Year, date.Month, day) is { } edited && edited != date && !list.Exists(c => c.Item1 == edited))
                list.Add((edited, EditCost + Distance(edited, median)));
        }
        return list;
    }

    private static double Distance(DateOnly date, int median) =>
        Math.Min(MaxDistanceCost, DistanceCostPerDay * Math.Abs(date.DayNumber - median));

    /// <summary>Day numbers one digit away from <paramref name="day"/>: 17 → 1, 7, 10–19, 07…97; 8 → 0–9, 18, 28, 80–89.</summary>
    internal static IEnumerable<int> DigitEdits(int day)
    {
        if (day >= 10)
        {
            int tens = day / 10, units = day % 10;
            yield return units;            // drop the tens digit
            yield return tens;             // drop the units digit
            for (int d = 0; d <= 9; d++)
            {
                if (d != tens) yield return d * 10 + units;
                if (d != units) yield return tens * 10 + d;
            }
        }
        else
        {
            for (int d = 0; d <= 9; d++)
            {
                if (d != day) yield return d;
                yield return d * 10 + day; // insert before
                yield return day * 10 + d; // insert after
            }
        }
    }

    private static (double Cost, int[] Path) Best(IReadOnlyList<(DateOnly Date, int Minutes)> stamps, List<(DateOnly Date, double Cost)>[] candidates, bool reverse)
    {
        int n = stamps.Count;
        int At(int step) => reverse ? n - 1 - step : step;
        var cost = new double[n][];
        var back = new int[n][];
        int first = At(0);
        cost[0] = candidates[first].Select(c => c.Cost).ToArray();
        back[0] = new int[candidates[first].Count];
        for (int step = 1; step < n; step++)
        {
            int cur = At(step), prev = At(step - 1);
            var curCands = candidates[cur];
            var prevCands = candidates[prev];
            cost[step] = new double[curCands.Count];
            back[step] = new int[curCands.Count];
            for (int j = 0; j < curCands.Count; j++)
            {
                double best = double.MaxValue;
                int arg = 0;
                for (int k = 0; k < prevCands.Count; k++)
                {
                    double c = cost[step - 1][k] + Step(prevCands[k].Date, stamps[prev].Minutes, curCands[j].Date, stamps[cur].Minutes);
                    if (c < best) { best = c; arg = k; }
                }
                cost[step][j] = best + curCands[j].Cost;
                back[step][j] = arg;
            }
        }
        int end = 0;
        for (int j = 1; j < cost[n - 1].Length; j++)
            if (cost[n - 1][j] < cost[n - 1][end]) end = j;
        var path = new int[n];
        double total = cost[n - 1][end];
        for (int step = n - 1; step >= 0; step--)
        {
            path[At(step)] = end;
            end = back[step][end];
        }
        return (total, path);
    }

    private static double Step(DateOnly previous, int previousMinutes, DateOnly current, int currentMinutes)
    {
        if (current < previous) return BackwardCost;
        if (current == previous && previousMinutes >= 0 && currentMinutes >= 0 && currentMinutes < previousMinutes) return SameDayBackwardCost;
        return 0;
    }
}
