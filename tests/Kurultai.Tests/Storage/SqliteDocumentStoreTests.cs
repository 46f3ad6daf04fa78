using Kurultai.Storage;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Tests.Storage;

public sealed class SqliteDocumentStoreTests : DocumentStoreTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurultai-store-").FullName;

    private string DbPath => Path.Combine(_dir, "test.db");

    protected override IDocumentStore Open() => SqliteDocumentStore.Open(DbPath);

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Creates_the_file_in_wal_mode_at_the_latest_schema_version()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        Assert.True(File.Exists(DbPath));
        Assert.Equal(2, store.SchemaVersion);
    }

    [Fact]
    public void Reopening_keeps_what_was_committed()
    {
        using (var first = SqliteDocumentStore.Open(DbPath))
            first.Put(Doc("kept", "Workers went on strike."));

        using var second = SqliteDocumentStore.Open(DbPath);
        Assert.Equal("Workers went on strike.", second.Find("kept")!.Document.Text);
    }
}
