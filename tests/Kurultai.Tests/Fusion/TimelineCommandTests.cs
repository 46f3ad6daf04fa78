using System.Text.Json;
using Kurultai.Cli;
using Kurultai.Model;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Tests.Fusion;

/// <summary><c>kurultai timeline</c> and <c>kurultai event</c> over a small store.</summary>
public sealed class TimelineCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"kurultai-timeline-{Guid.NewGuid():N}.db");

    public TimelineCommandTests()
    {
        // Given: three outlets report one riot (with three death tolls); the first also reports a rally two days later
        using var store = SqliteDocumentStore.Open(_db);
        foreach (var doc in new[] { "a", "b", "c" })
            store.Put(Document.FromText($"Report {doc} about the unrest.", doc));
        var keys = store.List(new()).ToDictionary(d => d.DocId, d => d.Key);
        store.ReplaceEvents(keys["a"], [
            Records.Riot("a-1", "a").Killed(56) with { SourceUrl = "https://www.first.example/riot" },
            Records.Riot("a-2", "a", "2020-10-07").Typed("Protests", "Peaceful protest").Between("Protesters (Testland)", null),
        ]);
        store.ReplaceEvents(keys["b"], [Records.Riot("b-1", "b", "2020-10-06").Killed(80) with { Evidence = "over 80 <dead>" }]);
        store.ReplaceEvents(keys["c"], [Records.Riot("c-1", "c").Killed(100)]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_db) + "*"))
            File.Delete(file);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KurultaiCli.Run([.. args, "--db", _db], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Timeline_json_lists_each_fused_event_with_the_records_it_fuses()
    {
        var (code, output, _) = Run("timeline", "--format", "json");

        Assert.Equal(0, code);
        var events = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(["a-1", "b-1", "c-1"], events[0].GetProperty("records").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(56, events[0].GetProperty("fatalities").GetInt32());
        Assert.Equal([56, 100], events[0].GetProperty("fatalities_range").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(["a-2"], events[1].GetProperty("records").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Timeline_markdown_marks_disputed_figures_day_by_day()
    {
        var (_, output, _) = Run("timeline", "--country", "tl", "--format", "md");

        Assert.Contains("## 2020-10-05", output);
        Assert.Contains("**fatalities 56–100 (3 sources disagree)**", output);
        Assert.Contains("3 sources", output);
        Assert.Contains("## 2020-10-07", output);
    }

    [Fact]
    public void Timeline_filters_by_period_and_country()
    {
        Assert.Equal(["a-2"], Ids(Run("timeline", "--from", "2020-10-07", "--format", "json").Out));
        Assert.Empty(Ids(Run("timeline", "--country", "XX", "--format", "json").Out));
    }

    [Fact]
    public void Timeline_html_is_one_self_contained_page()
    {
        var (_, output, _) = Run("timeline", "--format", "html");

        Assert.StartsWith("<!DOCTYPE html>", output);
        Assert.Contains("over 80 &lt;dead&gt;", output);         // evidence is quoted, escaped
        Assert.DoesNotContain("<script", output);
        Assert.DoesNotContain("<link", output);
        Assert.DoesNotContain("src=", output);
    }

    [Fact]
    public void Event_shows_every_claim_by_event_id_or_record_id()
    {
        var id = JsonDocument.Parse(Run("timeline", "--format", "json").Out).RootElement[0].GetProperty("id").GetString()!;

        var byId = JsonDocument.Parse(Run("event", id, "--format", "json").Out).RootElement;
        var (code, table, _) = Run("event", "b-1");

        Assert.Equal(id, byId.GetProperty("id").GetString());
        var claims = byId.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["a-1", "c-1", "b-1"], claims.Select(c => c.GetProperty("record").GetString())); // by date: b says the 6th
        Assert.Equal("first.example", claims[0].GetProperty("outlet").GetString());
        Assert.Equal(0, code);
        Assert.Contains(id, table);
        Assert.Contains("over 80 <dead>", table);
    }

    [Fact]
    public void An_unknown_event_is_a_usage_error()
    {
        var (code, _, err) = Run("event", "E000000000000");

        Assert.Equal(2, code);
        Assert.Contains("no event", err);
    }

    private static List<string?> Ids(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateArray().SelectMany(e => e.GetProperty("records").EnumerateArray().Select(r => r.GetString()))];
}
