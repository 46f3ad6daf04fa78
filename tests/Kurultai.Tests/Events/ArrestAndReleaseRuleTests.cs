using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class ArrestAndReleaseRuleTests
{
    [Fact]
    public void A_named_person_arrested_is_one_arrest_by_the_police()
    {
        var r = Single(new DocBuilder("On 4 May 2021, opposition leader Nika Beridze was arrested in Kutaisi.")
            .Actor("Nika Beridze", "Nika Beridze", ActorKind.Person)
            .Place("Kutaisi", Geo.Kutaisi).Date("4 May 2021", "2021-05-04"));
        Assert.Equal("Strategic developments/Arrests", Type(r));
        Assert.Equal(("Police Forces of Georgia", "Nika Beridze"), (r.Actor1, r.Actor2));
        Assert.Equal(1, r.Arrests);
    }

    [Fact]
    public void Counts_of_one_sentence_add_up()
    {
        var r = Single(new DocBuilder("Police detained 7 organisers and dozens of students in Tbilisi on 5 May 2021.")
            .Actor("Police", "Police Forces of Georgia", ActorKind.Police)
            .Quantity("7", 7, Counted.Arrested).Quantity("dozens", 12, Counted.Arrested, vague: true)
            .Place("Tbilisi", Geo.Tbilisi).Date("5 May 2021", "2021-05-05"));
        Assert.Equal(19, r.Arrests);
    }

    [Theory]
    [InlineData("Police tried to arrest the journalists in Tbilisi on 5 May 2021.")]        // an attempt in progress, not an arrest
    [InlineData("The crowd demanded the release of the detainees in Tbilisi on 5 May 2021.")] // a demand
    [InlineData("The ministry released a statement in Tbilisi on 5 May 2021.")]              // not a release of people
    public void Attempts_demands_and_statements_are_not_arrests_or_releases(string text)
    {
        Assert.Empty(Code(new DocBuilder(text).Place("Tbilisi", Geo.Tbilisi).Date("5 May 2021", "2021-05-05")));
    }

    [Fact]
    public void A_release_by_the_police_is_a_strategic_development_by_them()
    {
        var r = Single(new DocBuilder("The journalist Ana Lomidze was released by the police in Tbilisi on 6 May 2021.")
            .Actor("Ana Lomidze", "Ana Lomidze", ActorKind.Person).Actor("the police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Tbilisi", Geo.Tbilisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Strategic developments/Other", Type(r));
        Assert.Equal(("Police Forces of Georgia", "Ana Lomidze"), (r.Actor1, r.Actor2));
    }

    [Fact]
    public void Protesters_freeing_a_prisoner_without_force_is_a_strategic_development()
    {
        var r = Single(new DocBuilder("Protesters freed the former president Irakli Abashidze from jail in Tbilisi on 6 May 2021.")
            .Actor("Protesters", "Protesters (Georgia)", ActorKind.Protesters)
            .Actor("Irakli Abashidze", "Irakli Abashidze", ActorKind.Person)
            .Place("Tbilisi", Geo.Tbilisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Strategic developments/Other", Type(r));
        Assert.Equal("Protesters (Georgia)", r.Actor1);
    }

    [Fact]
    public void A_release_after_storming_a_jail_is_mob_violence_and_one_event()
    {
        var r = Single(new DocBuilder("The crowd stormed the jail in Tbilisi on 6 May 2021. The detainees were freed.")
            .Place("Tbilisi", Geo.Tbilisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Mob violence", Type(r));
    }

    [Fact]
    public void A_participle_describing_an_earlier_arrest_is_not_a_new_arrest()
    {
        var records = Code(new DocBuilder("In Tbilisi on 6 May 2021 the leaders arrested earlier were freed by the court.")
            .Actor("the court", "Judiciary of Georgia", ActorKind.Government)
            .Place("Tbilisi", Geo.Tbilisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Strategic developments/Other", Type(Assert.Single(records)));
    }
}
