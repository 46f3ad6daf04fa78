using System.CommandLine;
using Kurultai.Storage;
using Kurultai.Storage.Postgres;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Cli;

/// <summary>Opens the store the global options name (SQLite file by default).</summary>
public static class StoreOpener
{
    public static IDocumentStore Open(ParseResult parsed) => Open(GlobalOptions.DbPath(parsed));

    /// <summary>A postgres:// URL or Npgsql connection string opens PostgreSQL; anything else is a SQLite file.</summary>
    public static IDocumentStore Open(string db) =>
        PostgresDocumentStore.Accepts(db) ? PostgresDocumentStore.Open(db) : SqliteDocumentStore.Open(db);

    /// <summary>Opens the store for reading: a missing database file is a usage error, not an empty result.</summary>
    public static IDocumentStore? OpenExisting(ParseResult parsed, CliIo io)
    {
        var path = GlobalOptions.DbPath(parsed);
        if (PostgresDocumentStore.Accepts(path) || File.Exists(path))
            return Open(path);
        io.Err.WriteLine($"kurultai: no database at {path} (run 'kurultai ingest PATH' first, or pass --db)");
        return null;
    }
}
