using Kurultai.Fusion;
using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>Which reports of different outlets are fused into one happening, and which must stay apart.</summary>
public sealed class EventClusteringTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Multi(params EventRecord[] records) =>
        [.. EventFuser.Cluster(records).Where(c => c.Count > 1)];

    [Fact]
    public void A_storming_dated_the_5th_by_one_outlet_and_the_6th_by_another_is_one_event()
    {
        // Given: one outlet calls it a riot, the other a takeover of the building, a night apart
        var a = Records.Riot("a-1", "a");
        var b = Records.Riot("b-1", "b", "2020-10-06").Typed("Strategic developments", "Non-violent transfer of territory")
            .Between("Protesters (Testland)", null);

        // When / Then
        Assert.Equal([["a-1", "b-1"]], Multi(a, b));
    }

    [Fact]
    public void A_town_and_its_region_are_the_same_place()
    {
        var town = Records.Riot("a-1", "a");
        var region = Records.Riot("b-1", "b").In("Capital", "Capital", 40.1, 70.1, precision: 2);
        var country = Records.Riot("c-1", "c").In("Testland", "", 40.1, 70.1, precision: 3);

        Assert.Equal([["a-1", "b-1", "c-1"]], Multi(town, region, country));
    }

    [Fact]
    public void A_fatal_shooting_coded_as_excessive_force_and_as_an_attack_on_civilians_is_one_event()
    {
        var protest = Records.Riot("a-1", "a").Typed("Protests", "Excessive force against protesters")
            .Between("Police Forces of Testland", "Protesters (Testland)").Killed(4);
        var attack = Records.Riot("b-1", "b").Typed("Violence against civilians", "Attack")
            .Between("Police Forces of Testland", "Civilians (Testland)").Killed(5);

        Assert.Equal([["a-1", "b-1"]], Multi(protest, attack));
    }

    [Fact]
    public void A_transliterated_surname_names_the_same_person()
    {
        var a = Records.Riot("a-1", "a").Typed("Strategic developments", "Other").Between("Protesters (Testland)", "Almazbek Atambayev");
        var b = Records.Riot("b-1", "b").Typed("Strategic developments", "Other").Between("Protesters (Testland)", "Atambaev");

        Assert.Equal([["a-1", "b-1"]], Multi(a, b));
    }

    [Theory]
    [InlineData("type")]            // a peaceful march and arrests the same day in the same city
    [InlineData("actors")]          // two arrests of two different named people
    [InlineData("generic actors")]  // the government resigning vs the police changing sides
    [InlineData("year")]            // the same kind of riot in the same place a year later
    [InlineData("country")]         // the same day and type in another country
    [InlineData("town")]            // two towns of one region, 120 km apart
    [InlineData("vague")]           // "protests went on all year": too vague to fuse with anything
    [InlineData("background")]      // recalled as background with another date
    public void Different_happenings_are_not_fused(string difference)
    {
        var a = Records.Riot("a-1", "a");
        var b = Records.Riot("b-1", "b");
        (a, b) = difference switch
        {
            "type" => (a.Typed("Protests", "Peaceful protest").Between("Protesters (Testland)", null),
                       b.Typed("Strategic developments", "Arrests").Between("Police Forces of Testland", "Protesters (Testland)")),
            "actors" => (a.Typed("Strategic developments", "Arrests").Between("Police Forces of Testland", "Bolat Amanov"),
                         b.Typed("Strategic developments", "Arrests").Between("Police Forces of Testland", "Kira Stenberg")),
            "generic actors" => (a.Typed("Strategic developments", "Other").Between("Government of Testland", null),
                                 b.Typed("Strategic developments", "Other").Between("Police Forces of Testland", null)),
            "year" => (a, b.At("2021-10-05")),
            "country" => (a, b with { Country = "XX" }),
            "town" => (a.In("Northtown", "Hills", 41.0, 70.0), b.In("Southtown", "Hills", 42.0, 70.5)),
            "vague" => (a.At("2020-01-01", 3, "2020-12-31"), b),
            "background" => (a with { Background = true }, b.At("2020-10-06")),
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        Assert.Empty(Multi(a, b));
        Assert.False(new RecordPairScorer(FusionRules.Default).Explain(a, b).Compatible);
    }

    [Fact]
    public void Two_records_of_one_document_are_never_fused()
    {
        // Given: the same report twice in one document, and once in another
        var a1 = Records.Riot("a-1", "a");
        var a2 = Records.Riot("a-2", "a");
        var b1 = Records.Riot("b-1", "b");

        // When
        var clusters = Multi(a1, a2, b1);

        // Then: b joins one of them (the first by id, the scores being equal), never both
        Assert.Equal([["a-1", "b-1"]], clusters);
    }

    [Fact]
    public void The_best_match_wins_when_a_document_has_two_candidates()
    {
        // Given: outlet a reports a peaceful rally and, that night, the riot; outlet b reports only the riot
        var rally = Records.Riot("a-1", "a").Typed("Protests", "Peaceful protest").Between("Protesters (Testland)", null);
        var riot = Records.Riot("a-2", "a");
        var other = Records.Riot("b-1", "b");

        Assert.Equal([["a-2", "b-1"]], Multi(rally, riot, other));
    }

    [Fact]
    public void A_background_record_with_the_same_date_is_fused()
    {
        var current = Records.Riot("a-1", "a");
        var recalled = Records.Riot("b-1", "b").At("2020-10-05", 3) with { Background = true };

        Assert.Equal([["a-1", "b-1"]], Multi(current, recalled));
    }

    [Fact]
    public void Every_cluster_member_is_compatible_with_every_other()
    {
        // Given: a chain — a region-level report compatible with two different towns of its region
        var north = Records.Riot("a-1", "a").In("Northtown", "Hills", 41.0, 70.0);
        var region = Records.Riot("b-1", "b").In("Hills", "Hills", 41.5, 70.2, precision: 2);
        var south = Records.Riot("c-1", "c").In("Southtown", "Hills", 42.0, 70.5);

        // When
        var clusters = Multi(north, region, south);

        // Then: the region joins one town; the two towns never end up together
        Assert.Single(clusters);
        Assert.Contains("b-1", clusters[0]);
        Assert.Equal(2, clusters[0].Count);
    }
}
