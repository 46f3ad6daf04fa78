using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class ProtestRuleTests
{
    [Fact]
    public void A_gathering_is_a_peaceful_protest_with_its_crowd_size()
    {
        var r = Single(new DocBuilder("Thousands of teachers gathered in Kutaisi on 5 May 2021.")
            .Quantity("Thousands", 1000, Counted.Participants, vague: true)
            .Place("Kutaisi", Geo.Kutaisi).Date("5 May 2021", "2021-05-05"));

        Assert.Equal("Protests/Peaceful protest", Type(r));
        Assert.Equal("Protesters (Georgia)", r.Actor1);
        Assert.Equal(("Kutaisi", "Imereti", 1), (r.Location, r.Admin1, r.GeoPrecision));
        Assert.Equal(new DateOnly(2021, 5, 5), r.EventDate);
        Assert.Equal(1, r.TimePrecision);
        Assert.Equal(1000, r.CrowdSize);
        Assert.Equal(0, r.Fatalities);
        Assert.StartsWith("protest→", r.Rule);
    }

    [Fact]
    public void Tear_gas_against_a_march_is_a_protest_with_intervention()
    {
        // "tear gas" on its own would be a dispersal; beside the march it only adds the police.
        var r = Single(new DocBuilder("Police fired tear gas at a march in Batumi on 6 May 2021.")
            .Actor("Police", "Police Forces of Georgia", ActorKind.Police)
            .Place("Batumi", Geo.Batumi).Date("6 May 2021", "2021-05-06"));

        Assert.Equal("Protests/Protest with intervention", Type(r));
        Assert.Equal("Protesters (Georgia)", r.Actor1);
        Assert.Equal("Police Forces of Georgia", r.Actor2);
    }

    [Fact]
    public void Live_fire_into_a_rally_is_excessive_force_by_the_police()
    {
        var r = Single(new DocBuilder("Snipers fired live ammunition into a rally in Tbilisi on 7 May 2021, killing 12.")
            .Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07").Quantity("12", 12, Counted.Dead));

        Assert.Equal("Protests/Excessive force against protesters", Type(r));
        Assert.Equal("Police Forces of Georgia", r.Actor1);
        Assert.Equal("Protesters (Georgia)", r.Actor2);
        Assert.Equal(12, r.Fatalities);
    }

    [Fact]
    public void Protesters_breaking_through_gates_make_a_violent_demonstration()
    {
        var r = Single(new DocBuilder("Protesters broke through the gates of the city hall in Zugdidi on 7 May 2021.")
            .Actor("Protesters", "Protesters (Georgia)", ActorKind.Protesters)
            .Place("Zugdidi", Geo.Zugdidi).Date("7 May 2021", "2021-05-07"));

        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal("Rioters (Georgia)", r.Actor1);   // ACLED: demonstrators in a riot are rioters
    }

    [Theory]
    [InlineData("Teachers planned to march on the ministry in Kutaisi on 12 May 2021.")]      // a plan
    [InlineData("The union threatened to strike in Kutaisi on 12 May 2021.")]                 // a threat
    [InlineData("Students did not protest in Kutaisi on 12 May 2021.")]                       // a negation
    [InlineData("Will farmers rally in Kutaisi on 12 May 2021?")]                             // a question
    [InlineData("A ban on protests in Kutaisi took effect on 12 May 2021.")]                  // a prohibition
    [InlineData("Organisers said a rally in Kutaisi could take place on 12 May 2021.")]        // a possibility
    public void Plans_threats_denials_and_questions_are_not_protests(string text)
    {
        var builder = new DocBuilder(text).Place("Kutaisi", Geo.Kutaisi).Date("12 May 2021", "2021-05-12");
        Assert.Empty(Code(builder));
    }

    [Fact]
    public void A_protest_noun_without_support_reports_nothing()
    {
        // Commentary about "the protests" with no place, date, count or occurrence verb.
        Assert.Empty(Code(new DocBuilder("Poverty is the driving force behind the protests.")));
    }
}
