using Microsoft.Data.Sqlite;

namespace Kurultai.Storage.Sqlite;

/// <summary>
/// Applies the numbered scripts in <c>Schema/Sqlite/*.sql</c> that a database has not seen yet, each in its own
/// transaction, recording the version in <c>PRAGMA user_version</c>.
/// </summary>
internal static class SqliteMigrator
{
    private static readonly IReadOnlyList<(int Version, string Name)> Scripts = SchemaScripts.In(typeof(SqliteMigrator).Assembly, "Sqlite");

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <remarks>
    /// The version is read inside the same write transaction that applies the scripts (BEGIN IMMEDIATE), so two
    /// processes opening a new database at once do not both apply them: the second waits, then finds it done.
    /// </remarks>
    public static void Migrate(SqliteConnection connection)
    {
        if (CurrentVersion(connection) == LatestVersion)
            return;
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = CurrentVersion(connection, transaction);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"the database has schema version {current}, newer than this Kurultai knows ({LatestVersion}); upgrade Kurultai");
        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SchemaScripts.Read(typeof(SqliteMigrator).Assembly, name) + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
