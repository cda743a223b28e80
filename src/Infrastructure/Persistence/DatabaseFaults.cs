using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// Reads a database error the same way on the three providers, so that callers act on what it means (retry a race,
/// report bad input, answer 503) instead of on which driver raised it. EF Core wraps driver errors
/// (<c>DbUpdateException</c>, "transient failure" <c>InvalidOperationException</c>): the whole chain is read.
/// </summary>
public static class DatabaseFaults
{
    public static DatabaseFault Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var fault = current switch
            {
                PostgresException postgres => FromSqlState(postgres.SqlState),
                SqlException sqlServer => FromSqlServer(sqlServer.Number),
                SqliteException sqlite => FromSqlite(sqlite.SqliteErrorCode, sqlite.SqliteExtendedErrorCode),
                // Npgsql's own errors (no server answer): broken or refused connections, pool exhausted, timeouts.
                NpgsqlException => DatabaseFault.Unavailable,
                DbException { IsTransient: true } => DatabaseFault.Unavailable,
                TimeoutException or SocketException or IOException => DatabaseFault.Unavailable,
                _ => DatabaseFault.None,
            };
            if (fault != DatabaseFault.None)
            {
                return fault;
            }
        }
        return DatabaseFault.None;
    }

    public static bool IsUnavailable(Exception exception) => Classify(exception) == DatabaseFault.Unavailable;

    /// <summary>PostgreSQL's SQLSTATE classes (appendix A of its manual).</summary>
    private static DatabaseFault FromSqlState(string state) => state switch
    {
        "23505" or "40001" or "40P01" => DatabaseFault.Conflict, // unique key, serialization failure, deadlock
        _ when state.StartsWith("22", StringComparison.Ordinal) => DatabaseFault.InvalidValue, // data exception
        _ when state.StartsWith("08", StringComparison.Ordinal) => DatabaseFault.Unavailable, // connection exception
        _ when state.StartsWith("53", StringComparison.Ordinal) => DatabaseFault.Unavailable, // insufficient resources
        "57014" or "57P01" or "57P02" or "57P03" or "55P03" => DatabaseFault.Unavailable, // cancelled, shutting down, lock timeout
        _ => DatabaseFault.None,
    };

    /// <summary>SQL Server error numbers (sys.messages) and the client's own ones (negative, or network errors).</summary>
    private static DatabaseFault FromSqlServer(int number) => number switch
    {
        2601 or 2627 or 1205 => DatabaseFault.Conflict, // duplicate key, deadlock victim
        8115 or 8152 or 2628 or 220 or 232 or 245 => DatabaseFault.InvalidValue, // overflow, truncation, conversion
        -2 or -1 or 2 or 53 or 64 or 233 or 258 or 1222 or 4060 or 10053 or 10054 or 10060 or 10928 or 10929 or 11001
            or 40143 or 40197 or 40501 or 40613 or 49918 or 49919 or 49920 => DatabaseFault.Unavailable,
        _ => DatabaseFault.None,
    };

    /// <summary>SQLite result codes: a constraint on a unique index, a file busy with another writer.</summary>
    private static DatabaseFault FromSqlite(int code, int extended) => code switch
    {
        19 when extended is 2067 or 1555 => DatabaseFault.Conflict, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        5 or 6 or 10 or 13 or 14 => DatabaseFault.Unavailable, // BUSY, LOCKED, IOERR, FULL, CANTOPEN
        _ => DatabaseFault.None,
    };
}
