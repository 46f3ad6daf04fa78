using Kurultai.Fusion;
using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>
/// A later article's recollection ("over 80 were killed in October", "fled in early October") joins the report
/// written at the time; recollections never make a cluster on their own, nor join a report outside their window.
/// </summary>
public sealed class RecollectionFusionTests
{
    /// <summary>Doc "a" reports a shooting in Capital City on 5 October 2020, day precision.</summary>
    private static EventRecord Shooting(string id = "a-1", string doc = "a", string date = "2020-10-05") =>
        Records.Riot(id, doc, date).Typed("Protests", "Excessive force against protesters")
            .Between("Police Forces of Testland", "Protesters (Testland)").Killed(56, 100);

    /// <summary>Doc "b", weeks later: the shooting recalled country-wide, "during October" (month precision).</summary>
    private static EventRecord Recalled(string id = "b-1", string doc = "b", string month = "2020-10") =>
        Shooting(id, doc).At($"{month}-01", 3, LastDay(month)).In("Testland", "", 40.0, 70.0, precision: 3).Killed(80)
        with
        { Background = true, Evidence = "over 80 demonstrators were killed during the uprising" };

    private static string LastDay(string month)
    {
        var first = DateOnly.Parse(month + "-01", System.Globalization.CultureInfo.InvariantCulture);
        return first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Multi(params EventRecord[] records) =>
        [.. EventFuser.Cluster(records).Where(c => c.Count > 1)];

    [Fact]
    public void A_recollection_at_month_precision_joins_the_report_of_the_time()
    {
        Assert.Equal([["a-1", "b-1"]], Multi(Shooting(), Recalled()));
    }

    [Fact]
    public void A_flight_in_early_october_joins_the_flight_reported_on_the_5th()
    {
        var flight = Records.Riot("a-1", "a").Typed("Strategic developments", "Other").Between("Ivan Testov", null)
            with
        { Evidence = "the president fled the capital" };
        var recalled = flight.At("2020-10-01", 2, "2020-10-10").In("Testland", "", 40.0, 70.0, precision: 3)
            with
        { Id = "b-1", Doc = "b", Background = true, Evidence = "Testov was forced to flee in early October" };

        Assert.Equal([["a-1", "b-1"]], Multi(flight, recalled));
    }

    [Fact]
    public void Stamp_gives_a_fused_recollection_the_day_of_the_report_and_keeps_its_precision()
    {
        // Given
        var index = new EventFusionIndex();
        var current = Shooting();
        var recalled = Recalled();
        index.Add([current]);
        index.Add([recalled]);

        // When
        var stamped = index.Stamp(recalled);

        // Then: 5 October, month precision, no span; the report of the time only gets its event id
        Assert.Equal((new DateOnly(2020, 10, 5), (DateOnly?)null, 3), (stamped.EventDate, stamped.DateEnd, stamped.TimePrecision));
        Assert.Equal(index.EventIdOf(current.Id), stamped.EventId);
        Assert.Contains("best day 2020-10-05", stamped.Notes);
        Assert.Equal(current with { EventId = stamped.EventId }, index.Stamp(current));
    }

    [Fact]
    public void Stamp_leaves_an_unfused_recollection_as_stated()
    {
        var index = new EventFusionIndex();
        var recalled = Recalled(month: "2020-11");
        index.Add([Shooting(), recalled]);

        var stamped = index.Stamp(recalled);

        Assert.Equal((recalled.EventDate, recalled.DateEnd), (stamped.EventDate, stamped.DateEnd));
        Assert.NotNull(stamped.EventId);
    }

    [Fact]
    public void Two_recollections_join_through_the_report_of_the_time()
    {
        Assert.Equal([["a-1", "b-1", "c-1"]], Multi(Shooting(), Recalled(), Recalled("c-1", "c")));
    }

    [Theory]
    [InlineData("month")]       // recalled "in November": the shooting of 5 October is outside its window
    [InlineData("year")]        // recalled October 2019, a year before
    [InlineData("country")]     // the same month in another country
    [InlineData("type")]        // a recalled peaceful rally, not the shooting
    [InlineData("actors")]      // gunmen, not the police, shooting
    public void A_recollection_of_another_happening_stays_apart(string difference)
    {
        var recalled = difference switch
        {
            "month" => Recalled(month: "2020-11"),
            "year" => Recalled(month: "2019-10"),
            "country" => Recalled() with { Country = "XX" },
            "type" => Recalled().Typed("Strategic developments", "Arrests").Between("Police Forces of Testland", "Ivan Testov"),
            "actors" => Recalled().Between("Unidentified Armed Group (Testland)", "Protesters (Testland)"),
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        Assert.Empty(Multi(Shooting(), recalled));
        Assert.False(new RecordPairScorer(FusionRules.Default).Explain(Shooting(), recalled).Compatible);
    }

    [Fact]
    public void Two_recollections_of_the_same_month_alone_are_not_fused()
    {
        // Two later articles recall "the killings in October": nothing says they mean the same happening.
        var decision = new RecordPairScorer(FusionRules.Default).Explain(Recalled(), Recalled("c-1", "c"));

        Assert.Empty(Multi(Recalled(), Recalled("c-1", "c")));
        Assert.True(decision.Compatible);   // they may share a cluster through a report of the time…
        Assert.Equal(0, decision.Score);    // …but never link on their own
    }

    [Fact]
    public void Two_recollections_stating_the_same_day_are_fused()
    {
        var a = Recalled().At("2020-10-05") with { TimePrecision = 1 };
        var b = Recalled("c-1", "c").At("2020-10-05") with { TimePrecision = 1 };

        Assert.Equal([["b-1", "c-1"]], Multi(a, b));
    }

    [Fact]
    public void A_recollection_that_could_be_either_of_two_reports_of_one_document_joins_neither()
    {
        // Doc a reports two shootings in October, in two towns; doc b only recalls "killings in October".
        var north = Shooting("a-1").In("Northtown", "Hills", 41.0, 70.0);
        var south = Shooting("a-2", date: "2020-10-12").In("Southtown", "Plains", 42.0, 72.0);

        Assert.Empty(Multi(north, south, Recalled()));
    }

    [Fact]
    public void A_recollection_joins_the_clearly_best_of_two_reports_of_one_document()
    {
        // Doc a reports the shooting and, the same week, a peaceful rally; the recalled killings are the shooting.
        var rally = Records.Riot("a-2", "a", "2020-10-03").Typed("Protests", "Peaceful protest").Between("Protesters (Testland)", null)
            with
        { Evidence = "a rally was held in the square" };

        Assert.Equal([["a-1", "b-1"]], Multi(Shooting(), rally, Recalled()));
    }
}
