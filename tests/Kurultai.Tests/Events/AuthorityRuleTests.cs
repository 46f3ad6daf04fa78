using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class AuthorityRuleTests
{
    [Fact]
    public void A_named_prime_minister_resigning_is_a_country_level_development_by_him()
    {
        var r = Single(new DocBuilder("On 6 May 2021 the prime minister, Giorgi Tsereteli, resigned.")
            .Actor("Giorgi Tsereteli", "Giorgi Tsereteli", ActorKind.Person, country: "GE").Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Strategic developments/Other", Type(r));
        Assert.Equal("Giorgi Tsereteli", r.Actor1);
        Assert.Equal(("Georgia", 3), (r.Location, r.GeoPrecision));
    }

    [Fact]
    public void A_government_resigning_is_by_the_government()
    {
        var r = Single(new DocBuilder("Unrest grew in Georgia. By the evening of 6 May 2021 the government had resigned.")
            .Place("Georgia", Geo.Georgia).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Government of Georgia", r.Actor1);
        Assert.Equal(3, r.GeoPrecision);
    }

    [Fact]
    public void A_regional_governor_resigning_is_placed_in_the_region_at_its_capital()
    {
        var r = Single(new DocBuilder("On 6 May 2021 the governor of Imereti resigned.")
            .Place("Imereti", Geo.Imereti).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(("Kutaisi", "Imereti", 2), (r.Location, r.Admin1, r.GeoPrecision));
    }

    [Fact]
    public void A_declared_emergency_is_a_national_development_but_a_feared_one_is_not()
    {
        var r = Single(new DocBuilder("A state of emergency was declared in Georgia on 7 May 2021.")
            .Place("Georgia", Geo.Georgia).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Strategic developments/Other", "Government of Georgia"), (Type(r), r.Actor1));
        Assert.Empty(Code(new DocBuilder("Residents fear the government will declare a curfew on 7 May 2021.").Date("7 May 2021", "2021-05-07")));
    }

    [Fact]
    public void Annulled_results_and_formed_governments_are_developments()
    {
        var records = Code(new DocBuilder("On 8 May 2021 the electoral commission annulled the results.\n\nOn 9 May 2021 an interim government was formed in Tbilisi.")
            .Date("8 May 2021", "2021-05-08").Date("9 May 2021", "2021-05-09").Place("Tbilisi", Geo.Tbilisi));
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal("Strategic developments/Other", Type(r)));
    }

    [Fact]
    public void Police_going_over_to_the_protesters_is_a_defection_but_readiness_is_not()
    {
        var r = Single(new DocBuilder("In Batumi, riot police went over to the protesters on 7 May 2021.")
            .Actor("riot police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Strategic developments/Other", "Police Forces of Georgia"), (Type(r), r.Actor1));
        Assert.Empty(Code(new DocBuilder("The police are ready to switch to the side of the people in Batumi on 7 May 2021.")
            .Actor("The police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07")));
    }

    [Fact]
    public void A_president_fleeing_is_his_development()
    {
        var r = Single(new DocBuilder("On 7 May 2021 President Giorgi Tsereteli fled Tbilisi.")
            .Actor("Giorgi Tsereteli", "Giorgi Tsereteli", ActorKind.Person)
            .Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Strategic developments/Other", "Giorgi Tsereteli"), (Type(r), r.Actor1));
    }

    [Fact]
    public void Armed_men_kidnapping_an_official_is_an_abduction()
    {
        var r = Single(new DocBuilder("Armed men kidnapped the mayor of Zugdidi on 9 May 2021.")
            .Actor("Armed men", "Unidentified Armed Group (Georgia)", ActorKind.UnidentifiedArmedGroup)
            .Place("Zugdidi", Geo.Zugdidi).Date("9 May 2021", "2021-05-09"));
        Assert.Equal("Violence against civilians/Abduction/forced disappearance", Type(r));
        Assert.Equal(("Unidentified Armed Group (Georgia)", "Government of Georgia"), (r.Actor1, r.Actor2));
    }

    [Fact]
    public void Looting_shops_is_property_destruction_but_a_looted_economy_is_a_metaphor()
    {
        var r = Single(new DocBuilder("Shops were looted in Batumi on 7 May 2021.").Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Strategic developments/Looting/property destruction", "Rioters (Georgia)"), (Type(r), r.Actor1));
        Assert.Empty(Code(new DocBuilder("An elite that looted the economy ruled Batumi until 7 May 2021.")
            .Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07")));
    }
}
