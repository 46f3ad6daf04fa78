using System.CommandLine;
using Kurultai.Storage;
using Kurultai.Storage.Sqlite;

namespace Kurultai.Cli;

/// <summary>Opens the store the global options name (SQLite file by default).</summary>
public static class StoreOpener
{
    public static IDocumentStore Open(ParseResult parsed) => SqliteDocumentStore.Open(GlobalOptions.DbPath(parsed));

    /// <summary>Opens the store for reading: a missing database file is a usage error, not an empty result.</summary>
    public static IDocumentStore? OpenExisting(ParseResult parsed, CliIo io)
    {
        var path = GlobalOptions.DbPath(parsed);
        if (File.Exists(path))
            return SqliteDocumentStore.Open(path);
        io.Err.WriteLine($"kurultai: no database at {path} (run 'kurultai ingest PATH' first, or pass --db)");
        return null;
    }
}
