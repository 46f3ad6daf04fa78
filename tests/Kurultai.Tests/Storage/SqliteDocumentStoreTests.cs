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
        Assert.Equal(5, store.SchemaVersion);
    }

    [Fact]
    public void Reopening_keeps_what_was_committed()
    {
        using (var first = SqliteDocumentStore.Open(DbPath))
            first.Put(Doc("kept", "Workers went on strike."));

        using var second = SqliteDocumentStore.Open(DbPath);
        Assert.Equal("Workers went on strike.", second.Find("kept")!.Document.Text);
    }

    [Fact]
    public void Migrating_from_version_2_keeps_fused_event_ids_and_the_search_index()
    {
        // A version-2 database (events with an event_id column), built from the project's own first two scripts.
        var schema = Path.Combine(Testing.SharedCorpus.RepoRoot, "src", "Kurultai.Storage", "Schema", "Sqlite");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = File.ReadAllText(Path.Combine(schema, "001_documents.sql")) +
                File.ReadAllText(Path.Combine(schema, "002_events.sql")) + """
                INSERT INTO documents (key, doc_id, identity, revision, content_hash, source, format, metadata_json, raw_text,
                    clean_text, offset_map, cleaning_notes, ingested_at)
                VALUES (1, 'e', 'e', 1, 'h', 'e.txt', 'Text', '{}', 'x', 'Crowds stormed the parliament.', '{"CleanLength":1,"RawLength":1,"Runs":[]}', '[]', '2026-01-01');
                INSERT INTO events (id, doc_key, doc, event_date, event_type, sub_event_type, actor1, country, admin1, location,
                    fatalities, background, event_id, json)
                VALUES ('e-1', 1, 'e', '2010-04-07', 'Protests', 'Peaceful protest', 'Protesters', 'KG', '', 'Bishkek', 0, 0, 'E7',
                    '{"Id":"e-1","Doc":"e","EventDate":"2010-04-07","EventType":"Protests","SubEventType":"Peaceful protest","Actor1":"Protesters","Country":"KG","Admin1":"","Location":"Bishkek","TimePrecision":1,"GeoPrecision":1,"Evidence":"x"}');
                PRAGMA user_version = 2;
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteDocumentStore.Open(DbPath);

        Assert.Equal(5, store.SchemaVersion);
        Assert.Equal("E7", Assert.Single(store.Events(new EventQuery())).EventId);
        // Indexed when it was stored (version 2 indexed on insert): found once, not indexed a second time.
        Assert.Single(store.Search("parliament", 10));
        store.Put(Doc("n", "Later, the parliament was dissolved."));
        Assert.Equal(2, store.Search("parliament", 10).Count);
    }
}
