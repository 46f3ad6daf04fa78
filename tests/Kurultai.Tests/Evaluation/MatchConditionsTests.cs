using Kurultai.Evaluation;

namespace Kurultai.Tests.Evaluation;

public sealed class MatchConditionsTests
{
    [Theory]
    [InlineData("2020-10-05", true)]
    [InlineData("2020-10-04", true)]   // one day before the span still matches
    [InlineData("2020-10-08", true)]   // one day after the span's last day
    [InlineData("2020-10-03", false)]
    [InlineData("2020-10-09", false)]
    public void Date_lies_within_the_gold_span_widened_by_one_day(string predicted, bool expected)
    {
        var gold = Records.Make("g") with { DateEnd = new DateOnly(2020, 10, 7) };
        Assert.Equal(expected, MatchConditions.DateAgrees(Records.Make("p", predicted), gold));
    }

    [Fact]
    public void A_single_day_gold_record_accepts_only_the_neighbouring_days()
    {
        var gold = Records.Make("g", "2020-10-05");
        Assert.True(MatchConditions.DateAgrees(Records.Make("p", "2020-10-06"), gold));
        Assert.False(MatchConditions.DateAgrees(Records.Make("p", "2020-10-07"), gold));
    }

    [Fact]
    public void Places_within_50_km_match_even_in_another_region()
    {
        var gold = Records.Make("g");
        var predicted = Records.Make("p").InBeta() with { Admin1 = "Elsewhere" };
        Assert.InRange(MatchConditions.DistanceKm(predicted, gold), 25, 35);
        Assert.True(MatchConditions.PlaceAgrees(predicted, gold));
    }

    [Fact]
    public void Distant_places_match_when_the_admin1_is_the_same()
    {
        var gold = Records.Make("g").InGamma();
        var predicted = Records.Make("p") with { Admin1 = "south" };   // case differs: still the same region
        Assert.True(MatchConditions.PlaceAgrees(predicted, gold));
        Assert.False(MatchConditions.PlaceAgrees(Records.Make("p"), gold));
    }

    [Fact]
    public void An_empty_admin1_on_both_sides_is_not_the_same_region()
    {
        var gold = Records.Make("g").InGamma() with { Admin1 = "" };
        var predicted = Records.Make("p") with { Admin1 = "" };
        Assert.False(MatchConditions.PlaceAgrees(predicted, gold));
    }

    [Fact]
    public void A_country_level_gold_record_matches_any_place_in_that_country()
    {
        var gold = Records.Make("g").InGamma() with { GeoPrecision = 3, Admin1 = "", Location = "Testland" };
        Assert.True(MatchConditions.PlaceAgrees(Records.Make("p"), gold));
        Assert.False(MatchConditions.PlaceAgrees(Records.Make("p") with { Country = "XX" }, gold));
    }

    [Fact]
    public void A_country_level_prediction_does_not_match_a_town_level_gold_record_far_away()
    {
        // The rule is asymmetric: only the gold record's geo_precision widens the place condition.
        var gold = Records.Make("g").InGamma();
        var predicted = Records.Make("p") with { GeoPrecision = 3, Admin1 = "", Location = "Testland" };
        Assert.False(MatchConditions.PlaceAgrees(predicted, gold));
    }

    [Fact]
    public void Unknown_coordinates_are_never_within_range()
    {
        var gold = Records.Make("g") with { Admin1 = "" };
        var predicted = Records.Make("p") with { Lat = 0, Lon = 0, Admin1 = "" };
        Assert.False(MatchConditions.PlaceAgrees(predicted, gold));
    }

    [Theory]
    [InlineData("Protests", "Peaceful protest", MatchLevel.Lenient, true)]
    [InlineData("Riots", "Violent demonstration", MatchLevel.Lenient, true)]    // lenient is type-blind
    [InlineData("Riots", "Violent demonstration", MatchLevel.Standard, false)]
    [InlineData("Protests", "Protest with intervention", MatchLevel.Standard, true)]
    [InlineData("Protests", "Protest with intervention", MatchLevel.Strict, false)]
    [InlineData("protests", "peaceful protest", MatchLevel.Strict, true)]      // case does not matter
    public void Type_conditions_depend_on_the_level(string type, string sub, MatchLevel level, bool expected)
    {
        var gold = Records.Make("g");
        Assert.Equal(expected, MatchConditions.Matches(Records.Make("p", type: type, sub: sub), gold, level));
    }

    [Fact]
    public void Failures_name_each_unmet_condition()
    {
        var gold = Records.Make("g");
        var predicted = Records.Make("p", "2020-10-09", "Riots", "Mob violence").InGamma();
        var failures = MatchConditions.Failures(predicted, gold, MatchLevel.Standard);
        Assert.Equal(3, failures.Count);
        Assert.StartsWith("type", failures[0]);
        Assert.StartsWith("date", failures[1]);
        Assert.StartsWith("place", failures[2]);
    }

    [Fact]
    public void Haversine_distance_of_one_degree_of_latitude_is_about_111_km()
    {
        Assert.InRange(Kurultai.Places.GeoDistance.Km(10, 20, 11, 20), 110.5, 111.8);
        Assert.Equal(0, Kurultai.Places.GeoDistance.Km(42.87, 74.59, 42.87, 74.59), 6);
    }
}
