namespace Kurultai.Evaluation;

/// <summary>
/// A one-to-one matching between two small sets (the predictions and gold records of one document) that
/// maximises the number of matched pairs and, among maximum matchings, minimises the total cost of the pairs.
/// </summary>
/// <remarks>
/// The Hungarian algorithm (shortest augmenting paths with potentials) on a square matrix where a missing edge
/// costs more than any set of real pairs can: each pair's cost must lie in [0, 1), and a missing edge costs
/// <c>n + 1</c>, so one more real pair always outweighs any cost saving. Pairs at the missing-edge cost are
/// dropped from the answer. O(n³) for n = max(left, right); a document's records are few.
/// </remarks>
public static class BipartiteMatcher
{
    /// <summary>For each left vertex, the index of its right partner, or -1.</summary>
    /// <param name="cost">The cost of pairing left i with right j, in [0, 1); null when they may not be paired.</param>
    public static int[] Match(int leftCount, int rightCount, Func<int, int, double?> cost)
    {
        int n = Math.Max(leftCount, rightCount);
        var result = new int[leftCount];
        Array.Fill(result, -1);
        if (leftCount == 0 || rightCount == 0)
            return result;
        double missing = n + 1;
        var a = new double[n + 1, n + 1];
        var edge = new bool[n + 1, n + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                double? c = i <= leftCount && j <= rightCount ? cost(i - 1, j - 1) : null;
                edge[i, j] = c is not null;
                a[i, j] = c is { } v ? Math.Clamp(v, 0, 0.999) : missing;
            }
        }
        var owner = Solve(a, n);
        for (int j = 1; j <= n; j++)
        {
            int i = owner[j];
            if (i >= 1 && i <= leftCount && j <= rightCount && edge[i, j])
                result[i - 1] = j - 1;
        }
        return result;
    }

    /// <summary>The minimum-cost perfect assignment of a 1-based n×n matrix: for each column, its row.</summary>
    private static int[] Solve(double[,] a, int n)
    {
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            var minv = new double[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j])
                        continue;
                    double cur = a[i0, j] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= n; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        return p;
    }
}
