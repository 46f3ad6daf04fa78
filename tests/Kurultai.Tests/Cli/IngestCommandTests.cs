using System.Text.Json;

namespace Kurultai.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Story = "Crowds gather in the capital\n\nCity Wire\n\n12 March 2021\n\nSeveral thousand people gathered outside the parliament on Friday.\n";

    [Fact]
    public void Ingests_a_folder_and_reports_a_summary()
    {
        _cli.Write("in/a.txt", Story);
        _cli.Write("in/sub/b.md", "---\ntitle: Strike at the port\noutlet: Harbour News\npublished: 2021-03-14\n---\nDock workers walked out on Sunday.\n");

        var (exit, _, err) = _cli.Run("ingest", Path.Combine(_cli.Folder, "in"));

        Assert.Equal(0, exit);
        Assert.Contains("2 ingested, 0 unchanged, 0 revised, 0 rejected", err);
        var docs = JsonDocument.Parse(_cli.Run("docs", "--format", "json").Out).RootElement;
        Assert.Equal(["a", "b"], docs.EnumerateArray().Select(d => d.GetProperty("doc").GetString()).Order());
    }

    [Fact]
    public void Re_running_is_idempotent()
    {
        _cli.Write("a.txt", Story);
        _cli.Run("ingest", Path.Combine(_cli.Folder, "a.txt"));

        var (exit, _, err) = _cli.Run("ingest", Path.Combine(_cli.Folder, "a.txt"));

        Assert.Equal(0, exit);
        Assert.Contains("0 ingested, 1 unchanged", err);
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_the_batch_goes_on_with_exit_code_1()
    {
        _cli.Write("good.txt", Story);
        _cli.Write("empty.txt", "");
        _cli.WriteBytes("picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        _cli.Write("lines.jsonl", "{\"id\":\"j1\",\"title\":\"Rally\",\"text\":\"Students rallied on Monday.\"}\n{not json\n");

        var (exit, _, err) = _cli.Run("ingest", _cli.Folder, Path.Combine(_cli.Folder, "missing.txt"));

        Assert.Equal(1, exit);
        var rejected = err.Split('\n').Where(l => l.StartsWith("rejected:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rejected.Count);
        Assert.Contains(rejected, l => l.Contains("empty.txt") && l.Contains("empty"));
        Assert.Contains(rejected, l => l.Contains("picture.txt") && l.Contains("binary"));
        Assert.Contains(rejected, l => l.Contains("lines.jsonl:2"));
        Assert.Contains(rejected, l => l.Contains("missing.txt") && l.Contains("no such file"));
        Assert.Contains("2 ingested", err);
    }

    [Fact]
    public void A_glob_selects_matching_files()
    {
        _cli.Write("g/one.txt", Story);
        _cli.Write("g/two.html", "<html><head><title>Other</title></head><body><article><p>Police detained ten people on Monday in the city centre after a march.</p></article></body></html>");

        var (exit, _, err) = _cli.Run("ingest", Path.Combine(_cli.Folder, "g", "*.txt"));

        Assert.Equal(0, exit);
        Assert.Contains("1 ingested", err);
    }

    [Fact]
    public void A_usage_error_exits_with_2()
    {
        Assert.Equal(2, _cli.Run("ingest").Exit);
        Assert.Equal(2, _cli.Run("docs", "--no-such-option").Exit);
    }

    [Fact]
    public void Show_and_search_find_the_stored_article()
    {
        _cli.Write("a.txt", Story);
        _cli.Run("ingest", Path.Combine(_cli.Folder, "a.txt"));

        var show = _cli.Run("show", "a");
        var search = _cli.Run("search", "parliament", "--format", "jsonl");

        Assert.Equal(0, show.Exit);
        Assert.Contains("Several thousand people gathered", show.Out);
        Assert.Contains("[parliament]", search.Out);
        Assert.Equal(2, _cli.Run("show", "nope").Exit);
    }
}
