using Kurultai.Evaluation;
using Kurultai.Model;

namespace Kurultai.Tests.Evaluation;

public sealed class ScorerTests
{
    private static readonly Scorer Scorer = new();

    [Fact]
    public void Counts_precision_recall_and_f1()
    {
        // Given three gold events and three predictions, two of them right
        EventRecord[] gold = [Records.Make("g1", "2020-10-01"), Records.Make("g2", "2020-10-05"), Records.Make("g3", "2020-10-09")];
        EventRecord[] predicted = [Records.Make("p1", "2020-10-01"), Records.Make("p2", "2020-10-05"), Records.Make("p3", "2020-10-20")];

        // When
        var report = Scorer.Score(gold, predicted);

        // Then
        var counts = report.Standard.Counts;
        Assert.Equal((3, 0, 2, 3), (counts.Predictions, counts.Ignored, counts.Matched, counts.Gold));
        Assert.Equal(2 / 3.0, counts.Precision!.Value, 6);
        Assert.Equal(2 / 3.0, counts.Recall!.Value, 6);
        Assert.Equal(2 / 3.0, counts.F1!.Value, 6);
        Assert.Equal(["g3"], report.Misses.Select(m => m.Gold.Id));
        Assert.Equal(["p3"], report.FalseAlarms.Select(f => f.Predicted.Id));
    }

    [Fact]
    public void Matching_is_one_to_one_so_a_duplicate_is_a_false_alarm()
    {
        var report = Scorer.Score([Records.Make("g1")], [Records.Make("p1"), Records.Make("p2")]);
        Assert.Equal(1, report.Standard.Counts.Matched);
        Assert.Equal(0.5, report.Standard.Counts.Precision!.Value, 6);
        Assert.Contains("duplicate", Assert.Single(report.FalseAlarms).Nearest);
    }

    [Fact]
    public void Matching_maximises_the_number_of_pairs_where_a_greedy_choice_would_not()
    {
        // p1 fits g1 (exact date) and g2 (one day off); p2 fits only g1. Greedy closest-first pairs p1–g1 and
        // leaves p2 alone; the maximum matching pairs p1–g2 and p2–g1.
        EventRecord[] gold = [Records.Make("g1", "2020-10-05"), Records.Make("g2", "2020-10-06")];
        EventRecord[] predicted = [Records.Make("p1", "2020-10-05"), Records.Make("p2", "2020-10-04")];

        var result = Scorer.ScoreLevel(gold, predicted, MatchLevel.Standard);

        Assert.Equal(2, result.Counts.Matched);
        Assert.Contains(result.Pairs, p => p.Predicted.Id == "p1" && p.Gold.Id == "g2");
        Assert.Contains(result.Pairs, p => p.Predicted.Id == "p2" && p.Gold.Id == "g1");
    }

    [Fact]
    public void Among_maximum_matchings_the_closest_pairs_are_kept()
    {
        // Both predictions fit both gold records; the pairing that agrees on dates is chosen.
        EventRecord[] gold = [Records.Make("g1", "2020-10-05"), Records.Make("g2", "2020-10-06")];
        EventRecord[] predicted = [Records.Make("p2", "2020-10-06"), Records.Make("p1", "2020-10-05")];

        var result = Scorer.ScoreLevel(gold, predicted, MatchLevel.Standard);

        Assert.All(result.Pairs, p => Assert.Equal(p.Gold.EventDate, p.Predicted.EventDate));
        Assert.Equal(2, result.Fields.DateExact);
    }

    [Fact]
    public void A_prediction_of_a_background_event_is_ignored()
    {
        EventRecord[] gold = [Records.Make("g1"), Records.Make("old", "2005-03-24", background: true)];
        EventRecord[] predicted = [Records.Make("p1"), Records.Make("p-old", "2005-03-24")];

        var counts = Scorer.Score(gold, predicted).Standard.Counts;

        Assert.Equal((2, 1, 1, 1), (counts.Predictions, counts.Ignored, counts.Matched, counts.Gold));
        Assert.Equal(1.0, counts.Precision!.Value, 6);
        Assert.Equal(1.0, counts.Recall!.Value, 6);
    }

    [Fact]
    public void Background_records_are_not_required()
    {
        var report = Scorer.Score([Records.Make("g1"), Records.Make("old", "2005-03-24", background: true)], [Records.Make("p1")]);
        Assert.Equal(1.0, report.Standard.Counts.Recall!.Value, 6);
        Assert.Empty(report.Misses);
    }

    [Fact]
    public void A_prediction_that_fits_a_real_and_a_background_record_counts_for_the_real_one()
    {
        // Same day and place: the background record must not swallow the match.
        EventRecord[] gold = [Records.Make("bg", background: true), Records.Make("g1")];
        var counts = Scorer.Score(gold, [Records.Make("p1")]).Standard.Counts;
        Assert.Equal((1, 0), (counts.Matched, counts.Ignored));
    }

    [Fact]
    public void A_second_prediction_of_one_background_event_is_a_false_alarm()
    {
        var report = Scorer.Score([Records.Make("bg", "2005-03-24", background: true)],
            [Records.Make("p1", "2005-03-24"), Records.Make("p2", "2005-03-24")]);
        Assert.Equal(1, report.Standard.Counts.Ignored);
        Assert.Single(report.FalseAlarms);
    }

    [Fact]
    public void Levels_differ_by_the_type_conditions()
    {
        EventRecord[] gold = [Records.Make("g1"), Records.Make("g2", "2020-10-09")];
        EventRecord[] predicted = [Records.Make("p1", type: "Riots", sub: "Violent demonstration"),
                                   Records.Make("p2", "2020-10-09", sub: "Protest with intervention")];

        var report = Scorer.Score(gold, predicted);

        Assert.Equal(2, report.Lenient.Counts.Matched);
        Assert.Equal(1, report.Standard.Counts.Matched);
        Assert.Equal(0, report.Strict.Counts.Matched);
    }

    [Fact]
    public void Records_of_different_documents_never_match()
    {
        var report = Scorer.Score([Records.Make("g1", doc: "a")], [Records.Make("p1", doc: "b")]);
        Assert.Equal(0, report.Lenient.Counts.Matched);
        Assert.Equal(["a", "b"], report.Documents.Select(d => d.Doc));
        Assert.Equal("no prediction for this document", Assert.Single(report.Misses).Nearest);
    }

    [Fact]
    public void Field_accuracy_compares_dates_places_fatalities_and_actors_of_matched_pairs()
    {
        EventRecord[] gold =
        [
            Records.Make("g1", "2020-10-05") with { Fatalities = 56, FatalitiesMax = 100, Actor1 = "Kurmanbek Bakiyev" },
            Records.Make("g2", "2020-10-09") with { Fatalities = 1 },
        ];
        EventRecord[] predicted =
        [
            Records.Make("p1", "2020-10-06") with { Fatalities = 80, Actor1 = "KURMANBEK BAKIEV" },   // a spelling variant
            Records.Make("p2", "2020-10-09").InBeta() with { Fatalities = 1, Actor1 = "Police Forces of Testland" },
        ];

        var fields = Scorer.Score(gold, predicted).Standard.Fields;

        Assert.Equal(2, fields.Pairs);
        Assert.Equal(1, fields.DateExact);
        Assert.Equal(1, fields.LocationWithin10Km);   // Beta is 30 km from Alpha
        Assert.Equal(1, fields.FatalitiesExact);
        Assert.Equal(2, fields.FatalitiesInRange);    // 80 lies within [56, 100]
        Assert.Equal(1, fields.Actor1Correct);
        Assert.Equal(0.5, fields.DateExactShare!.Value, 6);
    }

    [Fact]
    public void An_alias_table_resolves_actor_spellings()
    {
        var aliases = new ActorAliases([["Kurmanbek Bakiyev", "Bakayev", "President Bakiyev"]]);
        var gold = Records.Make("g1") with { Actor1 = "Kurmanbek Bakiyev" };
        var predicted = Records.Make("p1") with { Actor1 = "bakayev" };

        Assert.Equal(1, new Scorer(aliases).Score([gold], [predicted]).Standard.Fields.Actor1Correct);
        Assert.Equal(0, new Scorer().Score([gold], [predicted]).Standard.Fields.Actor1Correct);
    }

    [Fact]
    public void Empty_inputs_give_undefined_scores_rather_than_errors()
    {
        var report = Scorer.Score([], []);
        Assert.Null(report.Standard.Counts.Precision);
        Assert.Null(report.Standard.Counts.F1);
        Assert.Equal(0.0, Scorer.Score([Records.Make("g")], []).Standard.Counts.F1);
    }
}
