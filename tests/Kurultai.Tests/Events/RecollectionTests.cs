using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

/// <summary>
/// Events an article recalls from an earlier month ("in early April", "last month's protests") are coded as
/// background records at the precision of their own date, placed by their own sentence; never from a plan, a
/// denial or a negation, and never when the date falls in the report's own month.
/// </summary>
public sealed class RecollectionTests
{
    [Fact]
    public void A_flight_in_early_april_recalled_in_may_is_a_country_wide_background_record()
    {
        // The previous sentence names Kutaisi: that place belongs to May's story, not to the April flight.
        var records = Code(new DocBuilder(
                "Supporters of the governor rallied in Kutaisi on 13 May 2021. The former president fled the country in early April.",
                anchor: "2021-05-17")
            .Place("Kutaisi", Geo.Kutaisi).Date("13 May 2021", "2021-05-13")
            .Actor("The former president", "Giorgi Testadze", ActorKind.Person)
            .Date("in early April", "2021-04-01", DatePrecision.Span, end: "2021-04-10", rule: "month"));

        var flight = Assert.Single(records, r => r.Background);
        Assert.Equal(("Strategic developments/Other", "Giorgi Testadze"), (Type(flight), flight.Actor1));
        Assert.Equal((new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 10), 2), (flight.EventDate, flight.DateEnd, flight.TimePrecision));
        Assert.Equal(("Georgia", 3), (flight.Location, flight.GeoPrecision));
        Assert.DoesNotContain(records, r => r.Background && r.Location == "Kutaisi");
    }

    [Theory]
    [InlineData("Police did not kill protesters in Batumi in April.", "Police")]                  // negated
    [InlineData("The ministry denied that police killed protesters in Batumi in April.", "police")] // denied
    [InlineData("The opposition planned to protest in Batumi in April.", "The opposition")]        // planned
    public void A_recollection_that_reports_no_event_gives_no_record(string text, string actor)
    {
        var records = Code(new DocBuilder(text, anchor: "2021-05-17")
            .Place("Batumi", Geo.Batumi)
            .Date("in April", "2021-04-01", DatePrecision.Month, end: "2021-04-30", rule: "month")
            .Actor(actor, actor.EndsWith("olice", StringComparison.Ordinal) ? "Police Forces of Georgia" : "Opposition (Georgia)",
                actor.EndsWith("olice", StringComparison.Ordinal) ? ActorKind.Police : ActorKind.Opposition));

        Assert.Empty(records);
    }

    [Fact]
    public void An_event_earlier_in_the_reports_own_month_is_reported_not_recalled()
    {
        // Published 28 May: "in early May" is this month's news.
        var r = Single(new DocBuilder("Thousands protested in Batumi in early May.", anchor: "2021-05-28")
            .Place("Batumi", Geo.Batumi)
            .Date("in early May", "2021-05-01", DatePrecision.Span, end: "2021-05-10", rule: "month"));

        Assert.Equal(("Protests/Peaceful protest", false), (Type(r), r.Background));
    }

    [Fact]
    public void A_span_of_stated_days_in_an_earlier_month_is_reported_not_recalled()
    {
        // "from 3 to 12 April" states its days: a report, though from the month before.
        var r = Single(new DocBuilder("Thousands protested in Batumi from 3 to 12 April.", anchor: "2021-05-17")
            .Place("Batumi", Geo.Batumi)
            .Date("from 3 to 12 April", "2021-04-03", DatePrecision.Span, end: "2021-04-12", rule: "day-month-range"));

        Assert.False(r.Background);
    }
}
