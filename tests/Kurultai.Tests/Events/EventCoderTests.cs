using CsCheck;
using Kurultai.Events;
using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

public sealed class EventCoderTests
{
    [Fact]
    public void Declares_its_layers()
    {
        Assert.Equal(Layer.Events, Coder.Provides);
        Assert.True(Coder.Requires.HasFlag(Layer.Sentences | Layer.Dates | Layer.Places | Layer.Actors | Layer.Quantities));
    }

    [Fact]
    public void A_live_blog_timestamp_dates_the_events_of_its_section()
    {
        // Given a timestamp heading and a sentence without a date of its own
        var records = Code(new DocBuilder("7 May 17.03\n\nRioters torched a police car in Batumi.", anchor: "2021-05-08")
            .Date("7 May 17.03", "2021-05-07", timestamp: true).Place("Batumi", Geo.Batumi));

        // Then the event takes the section's day, at day precision
        var r = Assert.Single(records);
        Assert.Equal((new DateOnly(2021, 5, 7), 1), (r.EventDate, r.TimePrecision));
        Assert.Contains("section timestamp", r.Notes);
    }

    [Fact]
    public void The_paragraph_dates_and_places_a_sentence_that_names_neither()
    {
        var records = Code(new DocBuilder("On 4 May 2021 the mayor resigned in Kutaisi. Then rioters torched the town hall.")
            .Date("4 May 2021", "2021-05-04").Place("Kutaisi", Geo.Kutaisi));
        var riot = Assert.Single(records, r => r.EventType == "Riots");
        Assert.Equal((new DateOnly(2021, 5, 4), "Kutaisi"), (riot.EventDate, riot.Location));
        Assert.Contains("date from paragraph", riot.Notes);
        Assert.Contains(records, r => Type(r) == "Strategic developments/Other");
    }

    [Fact]
    public void Without_any_date_the_anchor_dates_the_event_at_week_precision()
    {
        var r = Single(new DocBuilder("Rioters torched a police car in Batumi.", anchor: "2021-05-08").Place("Batumi", Geo.Batumi));
        Assert.Equal((new DateOnly(2021, 5, 8), 2), (r.EventDate, r.TimePrecision));
    }

    [Fact]
    public void An_undated_summary_takes_the_day_most_dated_events_fall_on()
    {
        // Published on the 8th; the dated reports are of the 7th; the lead's resignation has no date of its own.
        var records = Code(new DocBuilder("The government has resigned in Tbilisi.\n\nOn 7 May 2021 rioters torched a bank in Batumi. "
                + "On 7 May 2021 police opened fire on demonstrators in Batumi.", anchor: "2021-05-08")
            .Place("Tbilisi", Geo.Tbilisi).Place("Batumi", Geo.Batumi).Place("Batumi", Geo.Batumi, occurrence: 2)
            .Date("7 May 2021", "2021-05-07").Date("7 May 2021", "2021-05-07", occurrence: 2));
        var resignation = Assert.Single(records, r => r.EventType == "Strategic developments");
        Assert.Equal((new DateOnly(2021, 5, 7), 2), (resignation.EventDate, resignation.TimePrecision));
    }

    [Fact]
    public void Without_an_anchor_only_dates_that_state_their_year_are_trusted()
    {
        // "on 7 May" was given a year by guesswork; "7 May 2021" states it.
        Assert.Empty(Code(new DocBuilder("Rioters torched a bank in Batumi on 7 May.").NoAnchor()
            .Place("Batumi", Geo.Batumi).Date("7 May", "2002-05-07")));
        var r = Single(new DocBuilder("Rioters torched a bank in Batumi on 7 May 2021.").NoAnchor()
            .Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(new DateOnly(2021, 5, 7), r.EventDate);
    }

    [Fact]
    public void Without_a_date_or_anchor_nothing_is_coded()
    {
        Assert.Empty(Code(new DocBuilder("Rioters torched a police car in Batumi.").NoAnchor().Place("Batumi", Geo.Batumi)));
    }

    [Fact]
    public void A_correspondent_from_a_city_does_not_place_the_events_he_reports()
    {
        var records = Code(new DocBuilder("Rioters torched a bank in Batumi on 7 May 2021.\n\nOur correspondent from Tbilisi says rioters then looted shops.")
            .Place("Batumi", Geo.Batumi).Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07"));
        var looting = Assert.Single(records, r => r.SubEventType.StartsWith("Looting", StringComparison.Ordinal));
        Assert.Equal("Batumi", looting.Location);   // not the correspondent's city
    }

    [Fact]
    public void Sentences_about_one_happening_make_one_record_with_all_evidence()
    {
        var r = Single(new DocBuilder("Rioters stormed the town hall in Zugdidi on 7 May 2021. The building was torched.")
            .Place("Zugdidi", Geo.Zugdidi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(2, r.EvidenceSpans.Length);
        Assert.Equal("Rioters stormed the town hall in Zugdidi on 7 May 2021.", r.Evidence);
    }

    [Fact]
    public void Events_long_before_the_anchor_are_background()
    {
        var r = Single(new DocBuilder("In March 2019 students protested in Kutaisi.", anchor: "2021-05-10")
            .Date("March 2019", "2019-03-01", DatePrecision.Month, end: "2019-03-31").Place("Kutaisi", Geo.Kutaisi));
        Assert.True(r.Background);
        Assert.Equal((3, new DateOnly(2019, 3, 31)), (r.TimePrecision, r.DateEnd));
    }

    [Fact]
    public void A_year_alone_is_too_vague_to_code()
    {
        Assert.Empty(Code(new DocBuilder("In 2008 protesters stormed the parliament in Tbilisi.")
            .Date("2008", "2008-01-01", DatePrecision.Year, end: "2008-12-31").Place("Tbilisi", Geo.Tbilisi)));
    }

    [Fact]
    public void Ids_are_stable_unique_and_carry_the_document_id()
    {
        DocBuilder Build(string prefix) => new DocBuilder(prefix + "Rioters torched a bank in Batumi on 7 May 2021. Police opened fire on demonstrators in Tbilisi on 7 May 2021.", id: "doc-9")
            .Place("Batumi", Geo.Batumi).Place("Tbilisi", Geo.Tbilisi).Date("7 May 2021", "2021-05-07").Date("7 May 2021", "2021-05-07", occurrence: 2);
        var first = Code(Build("")).Select(r => r.Id).ToList();
        var again = Code(Build("")).Select(r => r.Id).ToList();
        var shifted = Code(Build("Unrelated words. ")).Select(r => r.Id).ToList();   // offsets move, ids stay

        Assert.Equal(2, first.Distinct().Count());
        Assert.Equal(first, again);
        Assert.Equal(first, shifted);
        Assert.All(first, id => Assert.StartsWith("doc-9-", id));
    }

    [Fact]
    public void An_event_dated_after_the_report_is_a_plan()
    {
        Assert.Empty(Code(new DocBuilder("Rioters torched a bank in Batumi on 20 May 2021.", anchor: "2021-05-10")
            .Place("Batumi", Geo.Batumi).Date("20 May 2021", "2021-05-20")));
    }

    [Fact]
    public void An_empty_document_has_no_events()
    {
        Assert.Empty(Coder.Run(Document.FromText("")).Events);
        Assert.Empty(Code(new DocBuilder("")));
    }

    [Fact]
    public void Any_text_codes_without_throwing_and_evidence_lies_in_the_text()
    {
        var words = Gen.OneOf<string>("protesters", "stormed", "police", "fired", "on", "the", "crowd", "were", "not", "arrested",
            "in", "Batumi", "took", "over", "building", ".", ",", "?", "resigned", "killed", "4", "dead", "\n\n", "released", "by");
        Gen.Int[0, 40].SelectMany(n => words.Array[n]).Select(ws => string.Join(' ', ws)).Sample(text =>
        {
            var builder = new DocBuilder(text);
            if (text.Contains("Batumi", StringComparison.Ordinal))
                builder.Place("Batumi", Geo.Batumi);
            var document = builder.Build();
            var records = Coder.Run(document).Events;
            Assert.All(records, r => Assert.All(r.EvidenceSpans, s => Assert.InRange(s.End, s.Start, text.Length)));
            Assert.All(records, r => Assert.True(r.EventDate <= document.Anchor.Date!.Value.AddDays(1)));   // never after the report
            Assert.Equal(records.Select(r => r.Id), Coder.Run(document).Events.Select(r => r.Id));   // deterministic
        }, iter: 300);
    }
}
