using Kurultai.Model;
using static Kurultai.Tests.Events.EventTesting;

namespace Kurultai.Tests.Events;

/// <summary>Placing, dating and merging decisions that look beyond the trigger's own words.</summary>
public sealed class ContextRuleTests
{
    private static readonly GazetteerEntry Callao = new(9, "Callao", "Callao", "PE", -12.05, -77.12, FeatureType.Admin1, 1_000_000);

    [Fact]
    public void A_passive_takeover_is_placed_at_its_subject_and_an_elliptic_clause_adds_a_place()
    {
        var records = Code(new DocBuilder("On 6 May 2021 one building in Imereti has been taken over by protesters, as has the town hall in Zugdidi.")
            .Place("Imereti", Geo.Imereti).Place("Zugdidi", Geo.Zugdidi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(["Kutaisi", "Zugdidi"], records.Select(r => r.Location).Order());   // a region sits at its capital
        Assert.All(records, r => Assert.Equal("Strategic developments/Non-violent transfer of territory", Type(r)));
    }

    [Fact]
    public void A_region_entry_that_names_its_seat_is_placed_there()
    {
        var adjara = new GazetteerEntry(7, "Adjara", "Adjara", "GE", 41.64, 41.63, FeatureType.Admin1, 350_000) { Capital = "Batumi" };
        var r = Single(new DocBuilder("On 6 May 2021 the governor of Adjara resigned.").Place("Adjara", adjara).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(("Batumi", "Adjara", 2, 41.64), (r.Location, r.Admin1, r.GeoPrecision, r.Lat));
    }

    [Fact]
    public void Country_names_come_from_the_gazetteer_when_given()
    {
        var geography = Kurultai.Events.EventGeography.None with { CountryNames = c => c == "GE" ? "Sakartvelo" : null };
        Assert.Equal("Sakartvelo", geography.NameOf("GE"));
        Assert.Equal("Kyrgyzstan", geography.NameOf("KG"));   // .NET's English name otherwise
    }

    [Fact]
    public void A_date_in_a_relative_clause_does_not_date_the_main_clause()
    {
        var records = Code(new DocBuilder("On 9 May 2021 rival supporters clashed in Zugdidi. Armed men kidnapped the mayor of Zugdidi, who was elected on 2 May 2021.")
            .Actor("Armed men", "Unidentified Armed Group (Georgia)", ActorKind.UnidentifiedArmedGroup)
            .Place("Zugdidi", Geo.Zugdidi).Place("Zugdidi", Geo.Zugdidi, occurrence: 2)
            .Date("9 May 2021", "2021-05-09").Date("2 May 2021", "2021-05-02"));
        var kidnapping = Assert.Single(records, r => r.EventType == "Violence against civilians");
        Assert.Equal(new DateOnly(2021, 5, 9), kidnapping.EventDate);
    }

    [Fact]
    public void An_offset_date_dates_what_follows_it_and_does_not_move_the_story()
    {
        var records = Code(new DocBuilder("On 18 May 2021 protesters stormed the town hall in Batumi. "
                + "The storming came two weeks after protesters took over the administration in Kutaisi. The mayor of Batumi resigned.", anchor: "2021-05-19")
            .Place("Batumi", Geo.Batumi).Place("Kutaisi", Geo.Kutaisi)
            .Date("18 May 2021", "2021-05-18").Date("two weeks after", "2021-05-04"));
        var takeover = Assert.Single(records, r => r.SubEventType == "Non-violent transfer of territory");
        Assert.Equal((new DateOnly(2021, 5, 4), "Kutaisi"), (takeover.EventDate, takeover.Location));
        var riot = Assert.Single(records, r => r.EventType == "Riots");   // "stormed" and "the storming"
        Assert.Equal((new DateOnly(2021, 5, 18), "Batumi"), (riot.EventDate, riot.Location));
        var resignation = Assert.Single(records, r => r.SubEventType == "Other");
        Assert.Equal(new DateOnly(2021, 5, 18), resignation.EventDate);   // the paragraph's date, not the flashback's
    }

    [Theory]
    [InlineData("Until the general came to power in Batumi on 7 May 2021, the city was calm.")]      // a time frame
    [InlineData("The crowd freed prisoners who had been jailed in Batumi on 7 May 2021.")]           // backstory: no arrest
    [InlineData("Unrest grew in Batumi on 7 May 2021 after the protests.")]                          // a framing noun
    public void Time_frames_and_backstories_report_no_event_of_their_own(string text)
    {
        var records = Code(new DocBuilder(text).Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.DoesNotContain(records, r => r.SubEventType is "Arrests" or "Peaceful protest"
            || r.Rule.StartsWith("authority formed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_framed_protest_with_its_own_count_is_reported()
    {
        var r = Single(new DocBuilder("On 7 May 2021 the result in Batumi was reversed following street demonstrations by up to 20,000 voters.")
            .Quantity("up to 20,000", 20000, Counted.Participants).Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Protests/Peaceful protest", 20000), (Type(r), r.CrowdSize));
    }

    [Fact]
    public void A_lone_match_in_a_country_the_text_never_names_is_no_location()
    {
        var r = Single(new DocBuilder("Rioters torched a bank in Batumi on 7 May 2021. The Region office was torched too.")
            .Place("Batumi", Geo.Batumi).Place("Region", Callao).Date("7 May 2021", "2021-05-07"));
        Assert.Equal("Batumi", r.Location);
    }

    [Fact]
    public void Property_taken_over_by_a_family_is_no_seizure()
    {
        Assert.Empty(Code(new DocBuilder("State property in Batumi was taken over by the president's family on 7 May 2021.")
            .Actor("the president", "Giorgi Tsereteli", ActorKind.Person).Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07")));
    }

    [Fact]
    public void Security_officials_with_their_hands_in_the_air_defect()
    {
        var r = Single(new DocBuilder("In Tbilisi on 6 May 2021, state security officials stepped out with their hands in the air.")
            .Actor("officials", "Government of Georgia", ActorKind.Government).Place("Tbilisi", Geo.Tbilisi).Date("6 May 2021", "2021-05-06"));
        Assert.Equal(("Strategic developments/Other", "Police Forces of Georgia"), (Type(r), r.Actor1));
    }

    [Fact]
    public void A_peaceful_retelling_of_a_forced_seizure_joins_it()
    {
        var r = Single(new DocBuilder("Government buildings were seized and torched in Batumi on 6 May 2021.\n\n"
                + "Later that day the regional buildings had been occupied in Batumi.")
            .Place("Batumi", Geo.Batumi).Place("Batumi", Geo.Batumi, occurrence: 2).Date("6 May 2021", "2021-05-06"));
        Assert.Equal("Riots/Violent demonstration", Type(r));
        Assert.Equal(2, r.EvidenceSpans.Length);
    }

    [Fact]
    public void The_story_place_carries_through_prose_but_not_through_live_blog_entries()
    {
        var prose = Code(new DocBuilder("Protests began in Kutaisi on 5 May 2021.\n\nThen rioters torched the town hall.")
            .Place("Kutaisi", Geo.Kutaisi).Date("5 May 2021", "2021-05-05"));
        Assert.Equal("Kutaisi", Assert.Single(prose, r => r.EventType == "Riots").Location);

        var blog = Code(new DocBuilder("Reports from Batumi all day.\n\n5 May 10.15\n\nThe governor of Imereti resigned.\n\nRioters torched the town hall.", anchor: "2021-05-05")
            .Place("Batumi", Geo.Batumi).Place("Imereti", Geo.Imereti).Date("5 May 10.15", "2021-05-05", timestamp: true));
        Assert.Equal("Batumi", Assert.Single(blog, r => r.EventType == "Riots").Location);   // not the previous item's region
    }

    [Fact]
    public void Deaths_recalled_from_an_earlier_month_are_background_at_month_precision()
    {
        // Published mid-May; the April toll is a recollection: coded as background (fusion joins it to April's reports).
        var r = Single(new DocBuilder("Police in Batumi suppressed the uprising in April, during which over 80 demonstrators were killed.", anchor: "2021-05-17")
            .Actor("Police", "Police Forces of Georgia", ActorKind.Police).Place("Batumi", Geo.Batumi)
            .Date("in April", "2021-04-01", DatePrecision.Month, end: "2021-04-30").Quantity("over 80", 80, Counted.Dead));
        Assert.Equal(("Protests/Excessive force against protesters", true, 3, 80), (Type(r), r.Background, r.TimePrecision, r.Fatalities));
        Assert.Equal(("Batumi", new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 30)), (r.Location, r.EventDate, r.DateEnd));
    }

    [Fact]
    public void Developments_by_different_actors_in_adjacent_sentences_stay_apart()
    {
        var records = Code(new DocBuilder("On 7 May 2021 the opposition seized power in three regions. A curfew was declared in Georgia.")
            .Actor("the opposition", "Opposition (Georgia)", ActorKind.Opposition).Place("Georgia", Geo.Georgia).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Deaths_in_a_clash_belong_to_the_clash()
    {
        var r = Single(new DocBuilder("Clashes between police and protesters in Batumi on 7 May 2021 left 3 people killed.")
            .Actor("police", "Police Forces of Georgia", ActorKind.Police).Actor("protesters", "Protesters (Georgia)", ActorKind.Protesters)
            .Quantity("3", 3, Counted.Dead).Place("Batumi", Geo.Batumi).Date("7 May 2021", "2021-05-07"));
        Assert.Equal(("Riots/Violent demonstration", 3), (Type(r), r.Fatalities));
    }
}
