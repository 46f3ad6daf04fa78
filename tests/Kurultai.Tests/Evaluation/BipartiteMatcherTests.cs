using CsCheck;
using Kurultai.Evaluation;

namespace Kurultai.Tests.Evaluation;

public sealed class BipartiteMatcherTests
{
    [Fact]
    public void Finds_the_maximum_number_of_pairs_on_random_small_graphs()
    {
        var graphs = Gen.Int[0, 6].SelectMany(l => Gen.Int[0, 6].SelectMany(r =>
            Gen.Bool.Array[l * r].Select(edges => (l, r, edges))));
        graphs.Sample(g =>
        {
            var (left, right, edges) = g;
            var match = BipartiteMatcher.Match(left, right, (i, j) => edges[i * right + j] ? 0.5 : null);
            // One-to-one, along edges only.
            var used = match.Where(j => j >= 0).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            for (int i = 0; i < left; i++)
                Assert.True(match[i] < 0 || edges[i * right + match[i]]);
            Assert.Equal(BruteForceMaximum(left, right, edges), used.Count);
        }, iter: 300);
    }

    [Fact]
    public void Prefers_cheaper_pairs_among_maximum_matchings()
    {
        // Both assignments are complete; the diagonal costs less.
        double[,] cost = { { 0.1, 0.9 }, { 0.9, 0.1 } };
        Assert.Equal([0, 1], BipartiteMatcher.Match(2, 2, (i, j) => cost[i, j]));
    }

    [Fact]
    public void Never_trades_a_pair_for_a_lower_cost()
    {
        // Pairing 0–0 alone is cheap, but 0–1 and 1–0 make two pairs.
        double?[,] cost = { { 0.0, 0.99 }, { 0.99, null } };
        Assert.Equal([1, 0], BipartiteMatcher.Match(2, 2, (i, j) => cost[i, j]));
    }

    private static int BruteForceMaximum(int left, int right, bool[] edges)
    {
        int Best(int i, int usedMask) => i == left ? 0 : Math.Max(Best(i + 1, usedMask),
            Enumerable.Range(0, right).Where(j => edges[i * right + j] && (usedMask & (1 << j)) == 0)
                .Select(j => 1 + Best(i + 1, usedMask | (1 << j))).DefaultIfEmpty(0).Max());
        return Best(0, 0);
    }
}
