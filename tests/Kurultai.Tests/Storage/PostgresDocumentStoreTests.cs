using Kurultai.Storage;
using Kurultai.Storage.Postgres;
using Npgsql;

namespace Kurultai.Tests.Storage;

/// <summary>
/// The store contract on PostgreSQL, each test in a database of its own. Needs a server:
/// <c>KURULTAI_TEST_POSTGRES=postgres://user:password@localhost/postgres</c> (a role allowed to create databases);
/// skipped when it is not set. CI sets it (.ci/setup starts a server).
/// </summary>
public sealed class PostgresDocumentStoreTests : DocumentStoreTests
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("KURULTAI_TEST_POSTGRES");
    private readonly string _database = "kurultai_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override IDocumentStore Open()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Server), "KURULTAI_TEST_POSTGRES is not set: no PostgreSQL server to test against");
        Admin($"CREATE DATABASE {_database}");
        var builder = new NpgsqlConnectionStringBuilder(PostgresDocumentStore.ConnectionString(Server!)) { Database = _database, Pooling = false };
        return PostgresDocumentStore.Open(builder.ConnectionString);
    }

    public override void Dispose()
    {
        base.Dispose();
        if (!string.IsNullOrEmpty(Server))
            Admin($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static void Admin(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresDocumentStore.ConnectionString(Server!)) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
