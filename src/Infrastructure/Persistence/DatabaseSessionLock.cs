using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// A database-wide lock held by one process on a connection of its own: PostgreSQL a session advisory lock, SQL Server
/// a session application lock; released when disposed, or when the process dies and its connection closes. SQLite
/// needs none (it serialises writers by itself, and EF takes its own migration lock there).
/// <list type="bullet">
/// <item><see cref="StartupAsync"/>: held while a process migrates the database and loads the bundled plan, so that
/// several processes started together on an empty database take turns: the first migrates and imports, the others
/// find it done.</item>
/// <item><see cref="TryHoldAsync"/>: held for a process's lifetime, to find out whether another process holds it.</item>
/// </list>
/// </summary>
public sealed class DatabaseSessionLock : IAsyncDisposable
{
    /// <summary>Names of the locks this database uses: an arbitrary key for PostgreSQL, a resource name for SQL Server.</summary>
    public readonly record struct Name(long AdvisoryKey, string Resource);

    /// <summary>"Wuzhong" in ASCII.</summary>
    public static readonly Name Startup = new(0x57757a686f6e67, "wuzhong-startup");

    /// <summary>Held by a server process that signs tokens with a generated development key.</summary>
    public static readonly Name GeneratedSigningKey = new(0x57757a686f6e68, "wuzhong-generated-signing-key");

    private readonly DbConnection? _connection;
    private readonly string? _release;

    private DatabaseSessionLock(DbConnection? connection, string? release)
    {
        _connection = connection;
        _release = release;
    }

    /// <summary>Waits for the start-up lock; creates the database first when it does not exist yet.</summary>
    public static async Task<DatabaseSessionLock> StartupAsync(WuzhongDbContext db, CancellationToken cancellationToken, bool created = false)
    {
        try
        {
            return (await AcquireAsync(db, Startup, wait: true, cancellationToken))!;
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } or SqlException { Number: 4060 } && !created)
        {
            // The database does not exist yet: create it (whoever comes first; the others find it made), then take turns.
            await CreateDatabaseAsync(db, cancellationToken);
            return await StartupAsync(db, cancellationToken, created: true);
        }
    }

    /// <summary>The lock if no other process holds it, else null. On SQLite, always a (no-op) lock.</summary>
    public static Task<DatabaseSessionLock?> TryHoldAsync(WuzhongDbContext db, Name name, CancellationToken cancellationToken) =>
        AcquireAsync(db, name, wait: false, cancellationToken);

    private static async Task<DatabaseSessionLock?> AcquireAsync(WuzhongDbContext db, Name name, bool wait, CancellationToken cancellationToken)
    {
        (DbConnection? connection, string? acquire, string? release) =
            db.Database.IsNpgsql() ? ((DbConnection?)new NpgsqlConnection(db.Database.GetConnectionString()),
                wait ? $"SELECT pg_advisory_lock({name.AdvisoryKey}), true" : $"SELECT pg_try_advisory_lock({name.AdvisoryKey})",
                $"SELECT pg_advisory_unlock({name.AdvisoryKey})")
            : db.Database.IsSqlServer() ? ((DbConnection?)new SqlConnection(db.Database.GetConnectionString()),
                $"DECLARE @result int; EXEC @result = sp_getapplock @Resource = '{name.Resource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {(wait ? -1 : 0)}; SELECT CAST(CASE WHEN @result >= 0 THEN 1 ELSE 0 END AS bit)",
                $"EXEC sp_releaseapplock @Resource = '{name.Resource}', @LockOwner = 'Session'")
            : ((DbConnection?)null, (string?)null, (string?)null);
        if (connection is null)
        {
            return new DatabaseSessionLock(null, null);
        }
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = acquire;
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var held = await reader.ReadAsync(cancellationToken) && reader.GetBoolean(reader.FieldCount - 1);
            if (held)
            {
                return new DatabaseSessionLock(connection, release);
            }
            await connection.DisposeAsync();
            return null;
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
        catch (DbException)
        {
            // The connection is gone: so is the lock.
        }
        finally
        {
            // Closing the session releases its lock too, whatever happened above.
            await _connection.DisposeAsync();
        }
    }
}
