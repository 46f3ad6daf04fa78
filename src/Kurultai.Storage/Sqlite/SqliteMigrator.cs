using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Kurultai.Storage.Sqlite;

/// <summary>
/// Applies the numbered scripts in <c>Schema/*.sql</c> that a database has not seen yet, each in its own
/// transaction, recording the version in <c>PRAGMA user_version</c>.
/// </summary>
internal static class SqliteMigrator
{
    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = FindScripts();

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Migrate(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"the database has schema version {current}, newer than this Kurultai knows ({LatestVersion}); upgrade Kurultai");
        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Read(name) + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static List<(int, string)> FindScripts() =>
        [.. typeof(SqliteMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: VersionOf(n), Name: n))
            .Where(s => s.Version > 0)
            .OrderBy(s => s.Version)];

    private static int VersionOf(string resourceName)
    {
        // "Kurultai.Storage.Schema._001_documents.sql" or "….Schema.001_documents.sql"
        var file = resourceName.Split('.')[^2].TrimStart('_');
        var digits = new string(file.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var version) ? version : 0;
    }

    private static string Read(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
