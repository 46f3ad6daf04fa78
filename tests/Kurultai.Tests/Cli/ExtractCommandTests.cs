using System.Text.Json;

namespace Kurultai.Tests.Cli;

/// <summary>
/// <c>extract</c> end to end on three short reports of one shooting (two written the next days, one a month later
/// that only recalls it "in early May") and a later protest: records, fusion, the store, and the listing commands.
/// </summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public ExtractCommandTests()
    {
        _cli.Write("in/a.txt", "Police fire on marchers in Arequipa\n\nPublished: 11 May 2021\n\n" +
            "On Monday, police opened fire on thousands of protesters who had marched to the regional government " +
            "building in Arequipa, killing 4 people and injuring 30, hospital officials said.\n");
        _cli.Write("in/b.txt", "Arequipa shooting: police killed four marchers\n\nPublished: 12 May 2021\n\n" +
            "Riot police shot dead four demonstrators in Arequipa on Monday, 10 May, and wounded at least 25 others, " +
            "the ombudsman's office said.\n");
        _cli.Write("in/c.txt", "Peru: a month of mourning\n\nPublished: 20 June 2021\n\n" +
            "Families of the victims gathered in Lima on Saturday to demand justice. In early May, police killed more " +
            "than 5 protesters in Arequipa, according to a rights group.\n");
    }

    public void Dispose() => _cli.Dispose();

    private string In => Path.Combine(_cli.Folder, "in");

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public void Fuses_the_reports_of_one_shooting_and_dates_the_recollection_by_them()
    {
        var (exit, output, err) = _cli.Run("extract", In);

        Assert.Equal(0, exit);
        Assert.Contains("3 ingested", err);
        var records = Lines(output);
        var shooting = records.Where(r => Str(r, "location") == "Arequipa").ToList();
        Assert.Equal(["a", "b", "c"], shooting.Select(r => Str(r, "doc")).Order());
        Assert.Single(shooting.Select(r => Str(r, "event_id")).Distinct());
        // The recollection keeps its own precision and background flag but takes the day the reports of the time give.
        var recalled = shooting.Single(r => Str(r, "doc") == "c");
        Assert.True(recalled.GetProperty("background").GetBoolean());
        Assert.Equal("2021-05-10", Str(recalled, "event_date"));
        Assert.NotEqual(1, recalled.GetProperty("time_precision").GetInt32());
        // The later protest in Lima is another happening.
        var lima = records.Single(r => Str(r, "location") == "Lima");
        Assert.NotEqual(Str(shooting[0], "event_id"), Str(lima, "event_id"));
    }

    [Fact]
    public void Record_ids_are_stable_across_runs_and_without_fusion_there_is_no_event_id()
    {
        var first = Lines(_cli.Run("extract", In).Out).Select(r => Str(r, "id")).Order().ToList();

        var again = Lines(_cli.Run("extract", In, "--no-fuse").Out);

        Assert.Equal(first, again.Select(r => Str(r, "id")).Order());
        Assert.All(again, r => Assert.Null(Str(r, "event_id")));
    }

    [Fact]
    public void The_timeline_and_the_event_show_every_source_of_the_fused_shooting()
    {
        _cli.Run("extract", In);

        var timeline = JsonDocument.Parse(_cli.Run("timeline", "--country", "PE", "--format", "json").Out).RootElement;
        var shooting = timeline.EnumerateArray().Single(e => e.GetProperty("location").GetString() == "Arequipa");
        Assert.Equal(3, shooting.GetProperty("sources").GetInt32());
        Assert.Equal(4, shooting.GetProperty("fatalities").GetInt32()); // the lowest stated figure
        Assert.Equal([4, 5], shooting.GetProperty("fatalities_range").EnumerateArray().Select(v => v.GetInt32()));

        var id = shooting.GetProperty("id").GetString()!;
        var (exit, output, _) = _cli.Run("event", id, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(3, JsonDocument.Parse(output).RootElement.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public void Events_lists_the_stored_records_with_filters()
    {
        _cli.Run("extract", In);

        var deadly = Lines(_cli.Run("events", "--country", "PE", "--min-fatalities", "1", "--format", "jsonl").Out);

        // Background records are left out of listings unless asked for: the two reports of the time remain.
        Assert.Equal(["a", "b"], deadly.Select(e => Str(e, "doc")).Order());
        Assert.Empty(Lines(_cli.Run("events", "--country", "KG", "--format", "jsonl").Out));
    }

    [Fact]
    public void Writes_acled_csv_columns_and_a_geojson_feature_collection()
    {
        var csv = Path.Combine(_cli.Folder, "events.csv");
        var geojson = Path.Combine(_cli.Folder, "events.geojson");

        Assert.Equal(0, _cli.Run("extract", In, "--format", "csv", "--out", csv).Exit);
        Assert.Equal(0, _cli.Run("extract", In, "--format", "geojson", "--out", geojson).Exit);

        var header = File.ReadLines(csv).First().Split(',');
        Assert.Equal(["event_id_cnty", "event_date", "year"], header[..3]);
        Assert.Contains("fatalities", header);
        var features = JsonDocument.Parse(File.ReadAllText(geojson)).RootElement;
        Assert.Equal("FeatureCollection", features.GetProperty("type").GetString());
        Assert.Equal(4, features.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void A_bad_file_is_reported_in_one_line_and_the_others_are_extracted()
    {
        _cli.WriteBytes("in/broken.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10, 0x00]);

        var (exit, output, err) = _cli.Run("extract", In);

        Assert.Equal(1, exit);
        Assert.Single(err.Split('\n'), l => l.Contains("broken.txt", StringComparison.Ordinal));
        Assert.Equal(4, Lines(output).Count);
    }
}
