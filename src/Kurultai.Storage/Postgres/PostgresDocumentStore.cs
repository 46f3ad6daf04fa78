using System.Reflection;
using Npgsql;

namespace Kurultai.Storage.Postgres;

/// <summary>
/// The PostgreSQL store, for a shared server: the same contract as the SQLite default, with a tsvector index for
/// search. Chosen with <c>--db postgres://user:password@host/database</c> or an Npgsql connection string.
/// </summary>
public sealed class PostgresDocumentStore : SqlDocumentStore
{
    private PostgresDocumentStore(NpgsqlConnection connection, TimeProvider? clock)
        : base(connection, new PostgresDialect(), clock)
    {
    }

    public static bool Accepts(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static PostgresDocumentStore Open(string db, TimeProvider? clock = null)
    {
        var connection = new NpgsqlConnection(ConnectionString(db));
        connection.Open();
        Migrate(connection);
        return new PostgresDocumentStore(connection, clock);
    }

    /// <summary>Converts a postgres:// URL to an Npgsql connection string; passes a connection string through.</summary>
    public static string ConnectionString(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
            return db;
        var uri = new Uri(db);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
        };
        return builder.ConnectionString;
    }

    private static void Migrate(NpgsqlConnection connection)
    {
        using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", connection))
            create.ExecuteNonQuery();
        using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(4242)", connection);
        lockCommand.ExecuteNonQuery();
        try
        {
            using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
            var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var assembly = typeof(PostgresDocumentStore).Assembly;
            foreach (var (version, name) in SchemaScripts.In(assembly, "Postgres").Where(s => s.Version > current))
            {
                using var transaction = connection.BeginTransaction();
                using var apply = new NpgsqlCommand(SchemaScripts.Read(assembly, name) +
                    $"\nINSERT INTO schema_version (version) VALUES ({version});", connection, transaction);
                apply.ExecuteNonQuery();
                transaction.Commit();
            }
        }
        finally
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4242)", connection);
            unlock.ExecuteNonQuery();
        }
    }
}
