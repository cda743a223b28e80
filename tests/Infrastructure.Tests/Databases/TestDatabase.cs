using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Tests.Databases;

/// <summary>
/// A database of its own for one test class, on SQLite (a temporary file) or PostgreSQL (a database on the
/// test server). <see cref="NewContext"/> opens a context of the provider's own type, with its migrations.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;

    public TestDatabase(TestProvider provider)
    {
        Provider = provider;
        if (provider == TestProvider.Sqlite)
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"wuzhong-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_sqliteFile};Default Timeout=30";
        }
        else
        {
            ConnectionString = PostgresServer.NewDatabase("wuzhong_test");
        }
    }

    public TestProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>Skips the calling test (SkippableFact) when its provider cannot be had here; fails it where it is required (CI).</summary>
    public static void SkipIfUnavailable(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is { } reason)
        {
            if (PostgresServer.Required)
            {
                throw new InvalidOperationException($"{reason} ({PostgresServer.RequiredVariable}=true)");
            }
            Skip.If(true, reason);
        }
    }

    public WuzhongDbContext NewContext() => Provider == TestProvider.Sqlite
        ? new SqliteWuzhongDbContext(new DbContextOptionsBuilder<SqliteWuzhongDbContext>().UseSqlite(ConnectionString).Options)
        : new PostgreSqlWuzhongDbContext(new DbContextOptionsBuilder<PostgreSqlWuzhongDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        if (Provider == TestProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
            return;
        }
        // On a server the tests share, each test database goes when its tests are done.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database;
        builder.Database = "postgres";
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(builder.ToString());
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
