using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class RiotRuleTests
{
    [Fact]
    public void Torching_a_building_is_a_violent_demonstration()
    {
        var r = Single(new DocBuilder("Rioters torched the council building in Batumi on 6 May 2021.")
            .Place("Batumi", Geo.Batumi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal("torch→Riots/Violent demonstration", r.Rule);
    }

    [Fact]
    public void Storming_a_prison_is_mob_violence()
    {
        var r = Single(new DocBuilder("On 6 May 2021 a crowd stormed the prison in Zugdidi.")
            .Place("Zugdidi", Geo.Zugdidi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Mob violence", Type(r));
    }

    [Fact]
    public void A_beating_by_a_crowd_is_mob_violence_and_counts_one_injured()
    {
        var r = Single(new DocBuilder("In Kutaisi on 6 May 2021 a local official was beaten by the crowd.")
            .Actor("the crowd", "Protesters (Georgia)", ActorKind.Protesters)
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Mob violence", Type(r));
        Assert.Equal(1, r.Injuries);
    }

    [Fact]
    public void A_police_victim_makes_a_beating_a_violent_demonstration()
    {
        var r = Single(new DocBuilder("In Kutaisi on 6 May 2021 the police chief was beaten by protesters.")
            .Actor("the police chief", "Police Forces of Georgia", ActorKind.Police)
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal("Police Forces of Georgia", r.Actor2);
    }

    [Fact]
    public void Rival_supporters_clashing_are_rioters_against_rioters()
    {
        var r = Single(new DocBuilder("Supporters of rival candidates clashed in Batumi on 8 May 2021.")
            .Place("Batumi", Geo.Batumi).Date("8 May 2021", "2021-05-08"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal(("Rioters (Georgia)", "Rioters (Georgia)"), (r.Actor1, r.Actor2));
    }

    [Fact]
    public void Two_armed_sides_clashing_is_a_battle()
    {
        var r = Single(new DocBuilder("Soldiers clashed with rebel fighters near Zugdidi on 8 May 2021.")
            .Actor("Soldiers", "Military Forces of Georgia", ActorKind.Military)
            .Actor("rebel fighters", "Unidentified Armed Group (Georgia)", ActorKind.UnidentifiedArmedGroup)
            .Place("Zugdidi", Geo.Zugdidi).Date("8 May 2021", "2021-05-08"));
        Assert.Equal("Battles/Armed clash", Type(r));
        Assert.Equal("Military Forces of Georgia", r.Actor1);
    }

    [Fact]
    public void A_blocked_highway_is_a_riot_but_blocked_websites_are_nothing()
    {
        var road = Single(new DocBuilder("Villagers blocked the highway near Kutaisi on 6 May 2021.")
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Violent demonstration", Type(road));
        Assert.Empty(Code(new DocBuilder("The authorities blocked several news websites in Kutaisi on 6 May 2021.")
            .Place("Kutaisi", Geo.Kutaisi).Date("6 May 2021", "2021-05-06")));
    }
}
