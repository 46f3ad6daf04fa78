using System.Text.Json;
using Kurultai.Evaluation;
using Kurultai.Model;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Evaluation;

public sealed class EventJsonTests
{
    [Fact]
    public void Json_lines_are_the_records_one_per_line_whatever_their_length()
    {
        // The second record's evidence is longer than the writer's first buffer, and not ASCII.
        var short1 = Records.Make("d1-aa") with { Notes = "“quoted” text" };
        var long1 = Records.Make("d1-bb") with { Evidence = string.Concat(Enumerable.Repeat("Ölüm — protesters marched. ", 400)) };
        using var writer = new StringWriter();

        EventJson.WriteLines(writer, [short1, long1, short1]);

        Assert.Equal([EventJson.Write(short1), EventJson.Write(long1), EventJson.Write(short1)],
            writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_record_survives_a_round_trip()
    {
        var record = Records.Make("d1-ab12") with
        {
            DateEnd = new DateOnly(2020, 10, 7),
            Actor2 = "Police Forces of Testland",
            Fatalities = 1,
            FatalitiesMax = 2,
            Injuries = 600,
            CrowdSize = 1000,
            EvidenceSpans = [new Span(10, 20), new Span(50, 5)],
            Confidence = 0.8,
            Rule = "storming→Riots/Violent demonstration",
            Notes = "“quoted” text",
        };

        var line = EventJson.Write(record);
        var back = EventJson.Parse(line).Record;

        Assert.NotNull(back);
        Assert.Equal(EventJson.Write(back), line);
        Assert.Equal(record.EvidenceSpans, back.EvidenceSpans);
        Assert.Contains("“quoted”", line);   // non-ASCII stays readable
    }

    [Fact]
    public void Absent_optional_fields_are_omitted()
    {
        using var json = JsonDocument.Parse(EventJson.Write(Records.Make("x")));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("fatalities", names);
        Assert.Contains("background", names);
        foreach (var absent in new[] { "date_end", "actor2", "fatalities_max", "injuries", "arrests", "crowd_size", "evidence_spans", "rule", "event_id" })
            Assert.DoesNotContain(absent, names);
    }

    [Fact]
    public void Unknown_fields_nulls_and_numbers_as_strings_are_tolerated()
    {
        var line = """{"doc":"d","event_date":"2020-10-05T00:00:00Z","event_type":"Protests","extra":{"a":[1]},"actor2":null,"fatalities":"3","lat":"42.5"}""";
        var record = EventJson.Parse(line, 7).Record!;
        Assert.Equal(new DateOnly(2020, 10, 5), record.EventDate);
        Assert.Equal(3, record.Fatalities);
        Assert.Equal(42.5, record.Lat);
        Assert.Null(record.Actor2);
        Assert.Equal("d-line7", record.Id);   // a missing id gets one from the line number
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"event_date":"2020-10-05","event_type":"Protests"}""", "doc")]
    [InlineData("""{"doc":"d","event_date":"5 Oct 2020","event_type":"Protests"}""", "event_date")]
    [InlineData("""{"doc":"d","event_date":"2020-10-05"}""", "event_type")]
    [InlineData("""{"doc":"d","event_date":"2020-10-05","event_type":"Protests","evidence_spans":[["a",1]]}""", null)]  // bad spans are dropped, not fatal
    public void Bad_lines_are_values_not_exceptions(string line, string? error)
    {
        var result = EventJson.Parse(line, 3);
        if (error is null)
        {
            Assert.NotNull(result.Record);
            Assert.Empty(result.Record.EvidenceSpans);
        }
        else
        {
            Assert.Null(result.Record);
            Assert.Contains(error, result.Error);
            Assert.Equal(3, result.Line);
        }
    }

    [Fact]
    public void Reads_a_stream_skipping_blank_lines_and_numbering_them()
    {
        var text = EventJson.Write(Records.Make("a")) + "\n\n" + "oops\n" + EventJson.Write(Records.Make("b")) + "\n";
        var lines = EventJson.ReadLines(new StringReader(text)).ToList();
        Assert.Equal([1, 3, 4], lines.Select(l => l.Line));
        Assert.Null(lines[1].Record);
    }

    [Fact]
    public void Reads_the_shared_gold_file_without_errors()
    {
        var file = EventJson.ReadFile(SharedCorpus.GoldEvents);
        Assert.Empty(file.Errors);
        Assert.True(file.Records.Count > 10);
        Assert.Contains(file.Records, r => r.Background);
        Assert.All(file.Records, r => Assert.InRange(r.GeoPrecision, 1, 3));
    }

    [Fact]
    public void The_gold_file_scores_perfectly_against_itself()
    {
        var gold = EventJson.ReadFile(SharedCorpus.GoldEvents).Records;
        var report = new Scorer().Score(gold, gold);
        Assert.Equal(1.0, report.Strict.Counts.F1!.Value, 6);
        Assert.Equal(report.Strict.Fields.Pairs, report.Strict.Fields.DateExact);
        Assert.Equal(report.Strict.Fields.Pairs, report.Strict.Fields.Actor1Correct);
    }
}
