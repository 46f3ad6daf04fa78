using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurultai.Model;

namespace Kurultai.Evaluation;

/// <summary>
/// An <see cref="EvaluationReport"/> as one JSON document with every number, e.g.
/// <c>{"levels": {"standard": {"matched": 30, "precision": 0.79, …, "fields": {"date_exact": 0.9, …}}}, …}</c>.
/// </summary>
public static class EvaluationReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(EvaluationReport report, ClusterScore? clusters = null)
    {
        var json = ToJson(report);
        if (clusters is not null)
            json["clusters"] = Clusters(clusters);
        return json.ToJsonString(Options);
    }

    public static JsonObject Clusters(ClusterScore c) => new()
    {
        ["clusters"] = c.Clusters,
        ["scorable"] = c.Scorable,
        ["recovered"] = c.Recovered,
        ["fused_pairs"] = c.Pairwise.Predictions,
        ["fused_pairs_right"] = c.Pairwise.Matched,
        ["gold_pairs"] = c.Pairwise.Gold,
        ["pairwise_precision"] = Round(c.Pairwise.Precision),
        ["pairwise_recall"] = Round(c.Pairwise.Recall),
        ["pairwise_f1"] = Round(c.Pairwise.F1),
    };

    public static JsonObject ToJson(EvaluationReport report) => new()
    {
        ["levels"] = new JsonObject
        {
            ["lenient"] = Level(report.Lenient),
            ["standard"] = Level(report.Standard),
            ["strict"] = Level(report.Strict),
        },
        ["documents"] = new JsonArray([.. report.Documents.Select(d => (JsonNode)new JsonObject
        {
            ["doc"] = d.Doc,
            ["lenient"] = Level(d.Lenient),
            ["standard"] = Level(d.Standard),
            ["strict"] = Level(d.Strict),
        })]),
        ["misses"] = new JsonArray([.. report.Misses.Select(m => (JsonNode)Record(m.Gold, m.Nearest))]),
        ["false_alarms"] = new JsonArray([.. report.FalseAlarms.Select(f => (JsonNode)Record(f.Predicted, f.Nearest))]),
    };

    private static JsonObject Level(LevelResult level) => new()
    {
        ["predictions"] = level.Counts.Predictions,
        ["ignored"] = level.Counts.Ignored,
        ["matched"] = level.Counts.Matched,
        ["gold"] = level.Counts.Gold,
        ["precision"] = Round(level.Counts.Precision),
        ["recall"] = Round(level.Counts.Recall),
        ["f1"] = Round(level.Counts.F1),
        ["fields"] = new JsonObject
        {
            ["pairs"] = level.Fields.Pairs,
            ["date_exact"] = Round(level.Fields.DateExactShare),
            ["location_within_10km"] = Round(level.Fields.LocationWithin10KmShare),
            ["fatalities_exact"] = Round(level.Fields.FatalitiesExactShare),
            ["fatalities_in_range"] = Round(level.Fields.FatalitiesInRangeShare),
            ["actor1_correct"] = Round(level.Fields.Actor1CorrectShare),
        },
        ["pairs"] = new JsonArray([.. level.Pairs.Select(p => (JsonNode)new JsonObject { ["predicted"] = p.Predicted.Id, ["gold"] = p.Gold.Id })]),
        ["ignored_ids"] = new JsonArray([.. level.Ignored.Select(r => (JsonNode)r.Id)]),
    };

    private static JsonObject Record(EventRecord r, string why) => new()
    {
        ["id"] = r.Id,
        ["doc"] = r.Doc,
        ["event_date"] = r.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["event_type"] = r.EventType,
        ["sub_event_type"] = r.SubEventType,
        ["location"] = r.Location,
        ["actor1"] = r.Actor1,
        ["evidence"] = r.Evidence,
        ["rule"] = r.Rule.Length > 0 ? r.Rule : null,
        ["why"] = why,
    };

    private static JsonNode? Round(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 4)) : null;
}
