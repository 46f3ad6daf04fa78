using System.CommandLine;

namespace Kurultai.Cli;

/// <summary>The output formats every listing command offers.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Jsonl,
    Csv,

    /// <summary>Markdown (timeline and event only; other commands print a table).</summary>
    Md,

    /// <summary>A GeoJSON FeatureCollection of points (extract only).</summary>
    Geojson,

    /// <summary>A self-contained HTML page (timeline and event only; other commands print a table).</summary>
    Html,
}

/// <summary>Options every command takes: the database and the output format.</summary>
public static class GlobalOptions
{
    public const string DefaultDb = "kurultai.db";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "SQLite database file, or postgres://user:password@host/database (default: $KURULTAI_DB, else ./kurultai.db).",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Format = new("--format")
    {
        Description = "Output format: table, json, jsonl or csv; md and html for timeline and event; geojson for extract and events.",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Format);
    }

    /// <summary>The database path: --db, else $KURULTAI_DB, else ./kurultai.db.</summary>
    public static string DbPath(ParseResult parsed) =>
        parsed.GetValue(Db) is { Length: > 0 } db ? db
        : Environment.GetEnvironmentVariable("KURULTAI_DB") is { Length: > 0 } env ? env
        : DefaultDb;
}
