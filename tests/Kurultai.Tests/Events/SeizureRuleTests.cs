using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class SeizureRuleTests
{
    [Fact]
    public void A_takeover_without_violence_is_a_non_violent_transfer()
    {
        var r = Single(new DocBuilder("Protesters took over the regional administration in Kutaisi on 6 May 2021.")
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Strategic developments/Non-violent transfer of territory", Type(r));
        Assert.Equal("Protesters (Georgia)", r.Actor1);
    }

    [Fact]
    public void Storming_and_occupying_is_one_violent_demonstration()
    {
        var r = Single(new DocBuilder("Protesters stormed and occupied the regional administration in Kutaisi on 6 May 2021.")
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Contains("seizure with force", r.Rule);
    }

    [Fact]
    public void Force_in_the_previous_sentence_makes_a_seizure_violent()
    {
        var records = Code(new DocBuilder("On 6 May 2021 rioters fought the police in Batumi. They occupied the airport.")
            .Actor("rioters", "Rioters (Georgia)", ActorKind.Rioters).Actor("the police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("6 May 2021", "2021-05-06"));
        var r = Assert.Single(records);      // the fight and the occupation: one happening
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal(2, r.EvidenceSpans.Length);
    }

    [Fact]
    public void A_listed_series_of_places_gives_one_record_per_place()
    {
        var records = Code(new DocBuilder("Government buildings were seized and torched in Kutaisi, Batumi and Zugdidi on 6 May 2021.")
            .Place("Kutaisi", Geo.Kutaisi).Place("Batumi", Geo.Batumi).Place("Zugdidi", Geo.Zugdidi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(["Batumi", "Kutaisi", "Zugdidi"], records.Select(r => r.Location).Order());
        Assert.All(records, r => Assert.Equal("Riots/Violent demonstration", Type(r)));
        Assert.Equal(3, records.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Security_forces_retaking_buildings_is_a_transfer_by_them()
    {
        var r = Single(new DocBuilder("On 8 May 2021 police retook the buildings in Batumi.")
            .Actor("police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("8 May 2021", "2021-05-08"));
        Assert.Equal("Strategic developments/Non-violent transfer of territory", Type(r));
        Assert.Equal("Police Forces of Georgia", r.Actor1);
    }

    [Fact]
    public void An_attempted_seizure_by_a_crowd_is_a_riot()
    {
        var r = Single(new DocBuilder("Hundreds of supporters of the former mayor attempted to retake control of the town hall in Zugdidi on 9 May 2021.")
            .Actor("the former mayor", "Levan Gelashvili", ActorKind.Person)
            .Quantity("Hundreds", 100, Counted.Participants, vague: true)
            .Place("Zugdidi", Geo.Zugdidi).Date("9 May 2021", "2021-05-09"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal(100, r.CrowdSize);
    }

    [Fact]
    public void A_seizure_needs_a_building_or_place_as_its_object()
    {
        Assert.Empty(Code(new DocBuilder("The holding took control of the shares in Batumi on 6 May 2021.")
            .Place("Batumi", Geo.Batumi).Date("6 May 2021", "2021-05-06")));
    }

    [Fact]
    public void Takeovers_throughout_the_country_are_placed_in_the_country()
    {
        var r = Single(new DocBuilder("Unrest grew in Georgia. On 6 May 2021 protesters took over government buildings throughout the country.")
            .Place("Georgia", Geo.Georgia).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(3, r.GeoPrecision);
        Assert.Equal("Georgia", r.Location);
        Assert.Equal((Geo.Tbilisi.Lat, Geo.Tbilisi.Lon), (r.Lat, r.Lon));   // a country-level event sits at the capital
    }
}
