using System.Diagnostics;
using Kurultai.Storage;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Tests.Cli;

/// <summary>Kills a real ingest process mid-batch, re-runs it, and checks every article is stored exactly once.</summary>
public sealed class KillMidBatchTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_killed_batch_loses_nothing_committed_and_a_rerun_completes_it_exactly_once()
    {
        // Given 3000 small articles
        const int count = 3000;
        for (var i = 0; i < count; i++)
            _cli.Write($"batch/a{i:D5}.txt", $"Report {i}\n\nOn Monday {i} people marched in town number {i}.\n");
        var input = Path.Combine(_cli.Folder, "batch");

        // When the first run is killed once some batches have committed
        using (var first = Start(input))
        {
            var deadline = DateTime.UtcNow.AddSeconds(180);
            while (!first.HasExited && StoredCount() < 50 && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            if (!first.HasExited)
                first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        var afterKill = StoredCount();

        // Then a re-run stores the rest, and nothing twice
        var (exit, _, err) = _cli.Run("ingest", "--quiet", input);
        Assert.Equal(0, exit);
        Assert.True(afterKill > 0, "the first run committed nothing before it was killed");
        Assert.Equal(count, StoredCount());
        Assert.Empty(err);
    }

    private Process Start(string input)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "kurultai.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "--db", _cli.Db, "ingest", "--quiet", input })
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    private int StoredCount()
    {
        if (!File.Exists(_cli.Db)) return 0;
        try
        {
            using var store = SqliteDocumentStore.Open(_cli.Db);
            return store.List(new DocumentQuery { Limit = 1_000_000 }).Count;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return 0; // being created or migrated by the other process
        }
    }
}
