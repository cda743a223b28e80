using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// A database-wide lock held while one process migrates the database and loads the bundled plan, so that several
/// processes started together on an empty database take turns: the first one migrates and imports, the others find
/// it done. PostgreSQL: a session advisory lock; SQL Server: a session application lock; both on a connection of
/// their own, released when disposed (or when the process dies and its connection closes). SQLite serialises
/// writers by itself (and EF takes its own migration lock there).
/// </summary>
public sealed class DatabaseStartupLock : IAsyncDisposable
{
    /// <summary>An arbitrary, fixed key that no other lock of this database uses ("Wuzhong" in ASCII).</summary>
    private const long AdvisoryKey = 0x57757a686f6e67;
    private const string AppLockResource = "wuzhong-startup";

    private readonly DbConnection? _connection;
    private readonly string? _release;

    private DatabaseStartupLock(DbConnection? connection, string? release)
    {
        _connection = connection;
        _release = release;
    }

    public static async Task<DatabaseStartupLock> AcquireAsync(WuzhongDbContext db, CancellationToken cancellationToken, bool created = false)
    {
        (DbConnection? connection, string? acquire, string? release) =
            db.Database.IsNpgsql() ? ((DbConnection?)new NpgsqlConnection(db.Database.GetConnectionString()),
                $"SELECT pg_advisory_lock({AdvisoryKey})", $"SELECT pg_advisory_unlock({AdvisoryKey})")
            : db.Database.IsSqlServer() ? ((DbConnection?)new SqlConnection(db.Database.GetConnectionString()),
                $"EXEC sp_getapplock @Resource = '{AppLockResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
                $"EXEC sp_releaseapplock @Resource = '{AppLockResource}', @LockOwner = 'Session'")
            : ((DbConnection?)null, (string?)null, (string?)null);
        if (connection is null)
        {
            return new DatabaseStartupLock(null, null);
        }
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = acquire;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new DatabaseStartupLock(connection, release);
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } or SqlException { Number: 4060 } && !created)
        {
            // The database does not exist yet: create it (whoever comes first; the others find it made), then take turns.
            await connection.DisposeAsync();
            await CreateDatabaseAsync(db, cancellationToken);
            return await AcquireAsync(db, cancellationToken, created: true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task CreateDatabaseAsync(WuzhongDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase } or SqlException { Number: 1801 })
        {
            // Another process created it meanwhile.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = _release;
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            // Closing the session releases its lock too, whatever happened above.
            await _connection.DisposeAsync();
        }
    }
}
