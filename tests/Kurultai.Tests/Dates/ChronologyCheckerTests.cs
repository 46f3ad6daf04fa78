using Kurultai.Dates;
using static Kurultai.Tests.Language.LanguageDocs;

namespace Kurultai.Tests.Dates;

public sealed class ChronologyCheckerTests
{
    private static DateOnly?[] Check(params string[] dates) =>
        ChronologyChecker.Check(dates.Select(d => (D(d), -1)).ToList());

    [Fact]
    public void Corrects_a_single_digit_typo_that_breaks_the_order() =>
        Assert.Equal([null, null, D("2010-04-07"), null], Check("2010-04-07", "2010-04-07", "2010-04-17", "2010-04-08"));

    [Fact]
    public void Corrects_two_typos_rather_than_moving_the_later_stamps() =>
        Assert.Equal([null, null, D("2010-04-07"), D("2010-04-07"), null],
            Check("2010-04-07", "2010-04-07", "2010-04-17", "2010-04-17", "2010-04-08"));

    [Fact]
    public void Leaves_an_ordered_sequence_alone() =>
        Assert.All(Check("2010-04-01", "2010-04-05", "2010-04-17", "2010-04-18"), Assert.Null);

    [Fact]
    public void Leaves_a_newest_first_sequence_alone() =>
        Assert.All(Check("2010-04-09", "2010-04-08", "2010-04-08", "2010-04-07"), Assert.Null);

    [Fact]
    public void Needs_three_stamps_to_judge() =>
        Assert.All(Check("2010-04-17", "2010-04-07"), Assert.Null);

    [Theory]
    [InlineData(17, new[] { 1, 7, 10, 12, 19, 27 })]
    [InlineData(8, new[] { 18, 28, 81, 3 })]
    public void Proposes_one_digit_edits(int day, int[] expectedAmong)
    {
        var edits = ChronologyChecker.DigitEdits(day).ToHashSet();
        Assert.All(expectedAmong.Where(e => e != day), e => Assert.Contains(e, edits));
    }
}
