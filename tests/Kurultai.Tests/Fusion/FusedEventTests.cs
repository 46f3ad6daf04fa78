using Kurultai.Fusion;
using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>How the canonical fields, figures and disagreement flags of a fused event are chosen.</summary>
public sealed class FusedEventTests
{
    private static readonly FusedEventBuilder Builder = new(FusionRules.Default);

    [Fact]
    public void Fifty_six_over_eighty_and_over_a_hundred_dead_give_56_in_a_disputed_range()
    {
        // Given: three outlets, the first giving both its figures
        var records = new[]
        {
            Records.Riot("a-1", "a").Killed(56),
            Records.Riot("b-1", "b").Killed(80),
            Records.Riot("c-1", "c").Killed(100),
        };

        // When
        var fused = Assert.Single(EventFuser.Fuse(records));

        // Then
        Assert.Equal(new FigureRange(56, 56, 100, 3, true), fused.Fatalities);
        Assert.True(fused.Disagreements.HasFlag(FusionDisagreement.Fatalities));
        Assert.Equal("fatalities 56–100 (3 sources disagree)", fused.Fatalities.Describe("fatalities"));
        Assert.Equal(3, fused.Sources);
        Assert.Equal(["a-1", "b-1", "c-1"], fused.RecordIds);
    }

    [Theory]
    [InlineData(new[] { 600, 700 }, false)] // 700 ≤ 1.25 × 600: a normal spread
    [InlineData(new[] { 1, 3 }, false)]     // triple, but only 2 apart
    [InlineData(new[] { 1, 4 }, true)]
    [InlineData(new[] { 10, 13 }, true)]
    public void Figures_differ_materially_above_a_quarter_and_three(int[] figures, bool disputed)
    {
        var range = FigureRange.From([.. figures.Select(f => (f, f))], FusionRules.Default);
        Assert.Equal(disputed, range.Disputed);
        Assert.Equal(figures.Min(), range.Value);
    }

    [Fact]
    public void A_source_giving_two_figures_contradicts_itself()
    {
        var fused = Builder.Build([Records.Riot("a-1", "a").Killed(56, 100), Records.Riot("b-1", "b").Killed(80)]);

        Assert.True(fused.Disagreements.HasFlag(FusionDisagreement.SelfContradiction));
        Assert.Equal((56, 100), (fused.Fatalities.Min, fused.Fatalities.Max));
    }

    [Fact]
    public void No_fatalities_reported_is_not_a_figure()
    {
        // One outlet reports the riot without any death toll (0 = none reported), the other 3 dead
        var fused = Builder.Build([Records.Riot("a-1", "a"), Records.Riot("b-1", "b").Killed(3)]);

        Assert.Equal(new FigureRange(3, 3, 3, 1, false), fused.Fatalities);
        Assert.Null(fused.Injuries);
    }

    [Fact]
    public void A_tie_on_the_type_goes_to_the_more_severe()
    {
        var fused = Builder.Build([
            Records.Riot("a-1", "a").Typed("Strategic developments", "Non-violent transfer of territory").Between("Protesters (Testland)", null),
            Records.Riot("b-1", "b"),
        ]);

        Assert.Equal(("Riots", "Violent demonstration"), (fused.EventType, fused.SubEventType));
        Assert.Equal("Rioters (Testland)", fused.Actor1);
        Assert.True(fused.Disagreements.HasFlag(FusionDisagreement.Type));
    }

    [Fact]
    public void The_most_precise_date_wins_then_the_majority_then_the_earliest()
    {
        var fused = Builder.Build([
            Records.Riot("a-1", "a", "2020-10-06"),
            Records.Riot("b-1", "b", "2020-10-05"),
            Records.Riot("c-1", "c").At("2020-10-01", precision: 3),
        ]);

        Assert.Equal(new DateOnly(2020, 10, 5), fused.EventDate);
        Assert.Equal(1, fused.TimePrecision);
        Assert.True(fused.Disagreements.HasFlag(FusionDisagreement.Date));
    }

    [Fact]
    public void The_town_is_preferred_to_the_region()
    {
        var fused = Builder.Build([
            Records.Riot("a-1", "a").In("Capital", "Capital", 40.1, 70.1, precision: 2),
            Records.Riot("b-1", "b"),
        ]);

        Assert.Equal(("Capital City", 1), (fused.Location, fused.GeoPrecision));
        Assert.False(fused.Disagreements.HasFlag(FusionDisagreement.Place));
    }

    [Fact]
    public void The_outlet_is_the_host_of_the_source_url()
    {
        var fused = Builder.Build([Records.Riot("a-1", "a") with { SourceUrl = "https://www.example.org/news/1" }]);

        Assert.Equal("example.org", Assert.Single(fused.Claims).Outlet);
    }

    [Fact]
    public void The_id_follows_the_anchor_record_and_survives_later_members()
    {
        // Given
        var index = new EventFusionIndex();
        index.Add([Records.Riot("a-1", "a")]);
        var id = index.EventIdOf("a-1");

        // When: another outlet's report (record id sorting after the anchor) joins
        var update = index.Add([Records.Riot("b-1", "b")]);

        // Then
        Assert.Equal(FusedEventBuilder.IdFor("a-1"), id);
        Assert.Equal(id, index.EventIdOf("b-1"));
        Assert.Equal(["a-1", "b-1"], index.Event(Assert.Single(update.Changed))!.RecordIds);
        Assert.Empty(update.Removed);
    }
}
