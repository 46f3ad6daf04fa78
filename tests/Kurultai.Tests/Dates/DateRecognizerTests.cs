using Kurultai.Model;
using static Kurultai.Tests.Language.LanguageDocs;

namespace Kurultai.Tests.Dates;

public sealed class DateRecognizerTests
{
    private static DateMention Only(Document doc, string surface) =>
        Assert.Single(doc.Dates, d => doc.Text.Substring(d.Start, d.Length).Contains(surface, StringComparison.Ordinal));

    [Theory]
    // Anchor: Wednesday 7 October 2020.
    [InlineData("Protesters gathered on Monday.", "Monday", "2020-10-05")]
    [InlineData("By Tuesday evening the government fell.", "Tuesday evening", "2020-10-06")]   // a part of day stays a date
    [InlineData("Talks resume next Monday.", "next Monday", "2020-10-12")]                     // "next" looks forward
    [InlineData("He resigned last Friday.", "last Friday", "2020-10-02")]
    [InlineData("The office fell on Wednesday.", "Wednesday", "2020-10-07")]                   // the anchor's own weekday
    [InlineData("Yesterday, crowds grew.", "Yesterday", "2020-10-06")]
    [InlineData("Today the city is calm.", "Today", "2020-10-07")]
    [InlineData("The vote took place on 4 October.", "4 October", "2020-10-04")]
    [InlineData("The vote took place on October 4th.", "October 4th", "2020-10-04")]
    [InlineData("It ended on Oct. 5 after talks.", "Oct. 5", "2020-10-05")]
    [InlineData("By the evening of the 6 October, barricades stood.", "6 October", "2020-10-06")]
    [InlineData("The report of 17 May 2010 said so.", "17 May 2010", "2010-05-17")]
    [InlineData("Data from 2010-04-07 show it.", "2010-04-07", "2010-04-07")]
    [InlineData("Filed on 5/13/2010 in court.", "5/13/2010", "2010-05-13")]                     // unambiguous month/day
    [InlineData("Filed on 13.05.2010 in court.", "13.05.2010", "2010-05-13")]
    [InlineData("The incident happened in late September.", "late September", "2020-09-21")]
    [InlineData("Protests began in December.", "December", "2019-12-01")]                      // a month after the anchor is last year's
    public void Resolves_against_the_anchor(string text, string surface, string expected)
    {
        var doc = Dated(text, D("2020-10-07"));
        Assert.Equal(D(expected), Only(doc, surface).Date);
    }

    [Theory]
    [InlineData("Clashes on May 13-14 left dozens hurt.", "2010-05-13", "2010-05-14", DatePrecision.Span)]
    [InlineData("It started in March 2005 and spread.", "2005-03-01", "2005-03-31", DatePrecision.Month)]
    [InlineData("The revolution came in 2005.", "2005-01-01", "2005-12-31", DatePrecision.Year)]
    [InlineData("He came to power five years ago.", "2005-01-01", "2005-12-31", DatePrecision.Year)]
    [InlineData("A month ago the talks failed.", "2010-04-01", "2010-04-30", DatePrecision.Month)]
    [InlineData("Police protested last month.", "2010-04-01", "2010-04-30", DatePrecision.Month)]
    [InlineData("Prices rose this year.", "2010-01-01", "2010-12-31", DatePrecision.Year)]
    [InlineData("There were rallies last week.", "2010-05-10", "2010-05-16", DatePrecision.Week)]
    [InlineData("There have been demonstrations recently.", "2010-05-03", "2010-05-16", DatePrecision.Span)]
    public void Resolves_spans_months_years_and_relative_periods(string text, string from, string to, DatePrecision precision)
    {
        // Anchor: Monday 17 May 2010.
        var mention = Assert.Single(Dated(text, D("2010-05-17")).Dates);
        Assert.Equal((D(from), D(to), precision), (mention.Date, mention.DateEnd!.Value, mention.Precision));
    }

    [Fact]
    public void The_following_day_follows_the_previous_date()
    {
        var doc = Dated("Crowds seized buildings on May 13. The following day, troops retook them.", D("2010-05-17"));
        Assert.Equal(D("2010-05-14"), Only(doc, "following day").Date);
    }

    [Fact]
    public void A_duration_is_a_span_ending_at_the_reference_date()
    {
        // "for ten days" ends at the date the sentence is about: ten days up to and including 18 March.
        var doc = Dated("On March 18 crowds who had protested for ten days stormed the office.", D("2005-03-20"));
        var span = Only(doc, "for ten days");
        Assert.Equal((D("2005-03-09"), D("2005-03-18"), DatePrecision.Span), (span.Date, span.DateEnd!.Value, span.Precision));
    }

    [Fact]
    public void Two_weeks_after_a_clause_points_back_from_the_reference()
    {
        var doc = Dated("On 18 March crowds stormed the office. The storming came two weeks after protesters took over the town hall.", D("2005-03-20"));
        Assert.Equal(D("2005-03-04"), Only(doc, "two weeks after").Date);
    }

    [Fact]
    public void A_yearless_date_takes_the_year_that_keeps_it_before_the_anchor()
    {
        var doc = Dated("Protests began on December 28 and went on.", D("2011-01-03"));
        Assert.Equal(D("2010-12-28"), Only(doc, "December 28").Date);
    }

    [Fact]
    public void A_year_framing_the_paragraph_wins_over_the_anchor_year()
    {
        var doc = Dated("In March 2005 the regime fell. On 24 March the president fled.", D("2010-04-08"));
        Assert.Equal(D("2005-03-24"), Only(doc, "24 March").Date);
    }

    [Fact]
    public void A_time_of_day_is_dated_by_its_section()
    {
        var doc = Dated("Earlier report.\n\n7 April 15.11\n\nAt 4pm the crowd grew.", D("2010-04-08"));
        var time = Only(doc, "4pm");
        Assert.Equal((D("2010-04-07"), "time-of-day"), (time.Date, time.Rule));
    }

    [Fact]
    public void Live_blog_timestamps_are_marked_and_a_typo_that_breaks_the_order_gets_a_correction()
    {
        // Given: the third stamp says 17 April between 7 April and 8 April entries
        var text = "Report (8 April 2010).\n\n7 April 15.11\n\nCrowds grew.\n\n7 April 17.03\n\nShots.\n\n17 April 19.57\n\nMore shots.\n\n17 April 21.20\n\nDead counted.\n\n8 April 01.47\n\nThe regime fell.";
        // When
        var stamps = Dated(text).Dates.Where(d => d.IsTimestamp).ToList();
        // Then
        Assert.Equal(5, stamps.Count);
        Assert.Equal([null, null, D("2010-04-07"), D("2010-04-07"), null], stamps.Select(s => s.Correction));
        Assert.All(stamps.Where(s => s.Correction is not null), s => Assert.True(s.Confidence < 0.5));
        Assert.Equal([D("2010-04-07"), D("2010-04-07"), D("2010-04-07"), D("2010-04-07"), D("2010-04-08")], stamps.Select(s => s.Effective));
    }

    [Theory]
    [InlineData("9 May 10:00", "8 May 22:00", "8 May 09:00", "7 May 18:00")] // newest first is an order too
    [InlineData("5 May 10:00", "9 May 08:00", "10 May 11:00", "10 May 12:00")] // gaps are not typos
    public void An_ordered_timestamp_sequence_is_never_corrected(string a, string b, string c, string d)
    {
        var text = $"Blog of 10 May 2021.\n\n{a}\n\nOne.\n\n{b}\n\nTwo.\n\n{c}\n\nThree.\n\n{d}\n\nFour.";
        Assert.All(Dated(text).Dates.Where(m => m.IsTimestamp), m => Assert.Null(m.Correction));
    }

    [Theory]
    [InlineData("May I ask a question?")]                       // the modal "may" is no month
    [InlineData("Police may march through the centre.")]
    [InlineData("A 19-year-old was hurt.")]
    [InlineData("At least 5,000 people came.")]
    [InlineData("The vote was 2,010 to 1,995.")]
    [InlineData("Filed on 5/6/2010 in court.")]                 // day and month cannot be told apart
    [InlineData("He wore a Sun hat.")]
    public void Finds_no_date_where_there_is_none(string text) =>
        Assert.Empty(Dated(text, D("2020-10-07")).Dates);

    [Theory]
    [InlineData("Protesters gathered on Monday.")]
    [InlineData("Yesterday, crowds grew.")]
    [InlineData("It happened in April.")]
    public void Without_an_anchor_relative_and_yearless_dates_are_dropped(string text) =>
        Assert.Empty(Dated(text).Dates);

    [Fact]
    public void Spans_lie_inside_the_text_in_order()
    {
        var doc = Dated("On Monday, 17 May 2010, and on May 13-14 and in 2005 and yesterday.", D("2010-05-17"));
        Assert.True(doc.Dates.Length >= 4);
        Assert.Equal(doc.Dates.OrderBy(d => d.Start), doc.Dates);
        Assert.All(doc.Dates, d => Assert.InRange(d.Start + d.Length, 1, doc.Text.Length));
    }
}
