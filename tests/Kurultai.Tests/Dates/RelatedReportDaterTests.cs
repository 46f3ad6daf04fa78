using Kurultai.Dates;
using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Tests.Dates;

public sealed class RelatedReportDaterTests
{
    private static readonly GazetteerEntry Capital = new(1, "Capitalia", "Centre", "XA", 10, 20, FeatureType.Capital, 900_000);
    private static readonly GazetteerEntry Elsewhere = new(2, "Farland", "North", "XB", 50, 60, FeatureType.Capital, 900_000);

    /// <summary>A document whose actors are the given person keys, placed in a country, dated or not.</summary>
    private static Document Report(string id, string text, DateOnly? anchor, GazetteerEntry place, params string[] people)
    {
        var document = Document.FromText(text, id) with
        {
            Tokens = Tokenizer.Tokenize(text),
            Anchor = anchor is { } a ? new DocumentAnchor(a, AnchorOrigin.Published, "test") : DocumentAnchor.None,
            Places = [new PlaceMention(0, 1, place, 0.9, [], "test")],
            Actors = [.. people.Select(p => new ActorMention(0, 1, p, p, ActorKind.Person, place.Country, 0.9))],
        };
        return document;
    }

    [Fact]
    public void An_undated_report_borrows_the_date_of_the_report_naming_the_same_people()
    {
        // Given two dated reports, one naming the same two people
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Capital, "marov:p", "lenko:s"));
        dater.Add(Report("b", "x", new DateOnly(2019, 1, 2), Capital, "lenko:s", "other:q"));

        // When an undated report names both
        var metadata = dater.Date(Report("u", "On Tuesday crowds gathered.", null, Capital, "marov:p", "lenko:s"));

        // Then it is dated by "a", and says so
        Assert.Equal(new DateOnly(2021, 3, 9), metadata?.Published?.Value);
        Assert.Equal(MetaOrigin.RelatedReport, metadata?.Published?.Origin);
        Assert.Contains("borrowed from a", metadata?.Published?.Detail);
    }

    [Fact]
    public void One_shared_name_is_not_enough()
    {
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Capital, "marov:p", "lenko:s"));
        Assert.Null(dater.Date(Report("u", "x", null, Capital, "marov:p")));
    }

    [Fact]
    public void A_report_about_another_country_lends_no_date()
    {
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Elsewhere, "marov:p", "lenko:s"));
        Assert.Null(dater.Date(Report("u", "x", null, Capital, "marov:p", "lenko:s")));
    }

    [Fact]
    public void A_report_naming_much_earlier_years_is_not_dated_by_a_later_recollection()
    {
        // The later report recalls the same people; the undated one names 2002 as its latest year.
        var dater = new RelatedReportDater();
        dater.Add(Report("later", "x", new DateOnly(2010, 4, 8), Capital, "marov:p", "lenko:s"));
        Assert.Null(dater.Date(Report("u", "Unlike the 2002 shootings, the march on March 18 was calm.", null, Capital, "marov:p", "lenko:s")));
    }

    [Fact]
    public void A_year_the_text_counts_is_no_year()
    {
        // "2000 protesters" is a crowd, not a year: the report may still be dated.
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Capital, "marov:p", "lenko:s"));
        var undated = Report("u", "About 2000 protesters marched.", null, Capital, "marov:p", "lenko:s") with
        {
            Quantities = [new Quantity(6, 4, 2000, null, Counted.Participants, 0.9)],
        };
        Assert.NotNull(dater.Date(undated));
    }

    [Fact]
    public void Without_a_clear_winner_nothing_is_borrowed()
    {
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Capital, "marov:p", "lenko:s"));
        dater.Add(Report("b", "x", new DateOnly(2021, 5, 1), Capital, "marov:p", "lenko:s"));
        Assert.Null(dater.Date(Report("u", "x", null, Capital, "marov:p", "lenko:s")));
    }

    [Fact]
    public void A_dated_report_is_left_alone()
    {
        var dater = new RelatedReportDater();
        dater.Add(Report("a", "x", new DateOnly(2021, 3, 9), Capital, "marov:p", "lenko:s"));
        Assert.Null(dater.Date(Report("d", "x", new DateOnly(2021, 3, 10), Capital, "marov:p", "lenko:s")));
    }
}
