using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class ForceRuleTests
{
    [Fact]
    public void Opening_fire_on_demonstrators_is_excessive_force()
    {
        var r = Single(new DocBuilder("Police opened fire on demonstrators in Tbilisi on 7 May 2021.")
            .Actor("Police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal("Protests/Excessive force against protesters", Type(r));
        Assert.Equal(("Police Forces of Georgia", "Protesters (Georgia)"), (r.Actor1, r.Actor2));
    }

    [Fact]
    public void A_death_toll_in_the_next_sentence_belongs_to_the_shooting()
    {
        var r = Single(new DocBuilder("Snipers fired into the crowd in Tbilisi on 7 May 2021. Four people were killed.")
            .Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07").Quantity("Four", 4, Counted.Dead));
        Assert.Equal(4, r.Fatalities);
        Assert.Null(r.FatalitiesMax);
        Assert.Equal(2, r.EvidenceSpans.Length);
    }

    [Fact]
    public void A_rising_toll_keeps_the_lowest_late_figure_and_the_highest()
    {
        // Early count 4, then "over 100" and "at least 20": the 4 is superseded; 20 is the conservative figure.
        var r = Single(new DocBuilder(
            "Snipers fired into the crowd in Tbilisi on 7 May 2021. Four people were killed.\n\n" +
            "Over 100 people were killed by the snipers, the press said. At least 20 died, doctors said.")
            .Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07")
            .Quantity("Four", 4, Counted.Dead).Quantity("100", 100, Counted.Dead).Quantity("At least 20", 20, Counted.Dead));
        Assert.Equal(20, r.Fatalities);
        Assert.Equal(100, r.FatalitiesMax);
    }

    [Fact]
    public void Gunmen_shooting_villagers_is_an_attack_on_civilians()
    {
        var r = Single(new DocBuilder("Gunmen shot dead two villagers near Zugdidi on 7 May 2021.")
            .Actor("Gunmen", "Unidentified Armed Group (Georgia)", ActorKind.UnidentifiedArmedGroup)
            .Actor("villagers", "Civilians (Georgia)", ActorKind.Civilians)
            .Place("Zugdidi", Geo.Zugdidi).Date("7 May 2021", "2021-05-07").Quantity("two", 2, Counted.Dead));
        Assert.Equal("Violence against civilians/Attack", Type(r));
        Assert.Equal(2, r.Fatalities);
    }

    [Fact]
    public void Tear_gas_against_a_crowd_alone_is_a_protest_with_intervention()
    {
        var r = Single(new DocBuilder("Police used tear gas against the crowd in Batumi on 6 May 2021.")
            .Actor("Police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Protests/Protest with intervention", Type(r));
    }

    [Theory]
    [InlineData("The president ordered police not to shoot at citizens in Tbilisi on 7 May 2021.")]   // a negation
    [InlineData("Four people died in a road accident in Tbilisi on 7 May 2021.")]                      // deaths without an event
    public void No_event_without_a_reported_use_of_force(string text)
    {
        Assert.Empty(Code(new DocBuilder(text).Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07")));
    }
}
