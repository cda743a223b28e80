using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Tests.Persistence;

/// <summary>Drivers' errors read by what they mean, through EF Core's wrappers.</summary>
public class DatabaseFaultsTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    public static TheoryData<string, Exception, DatabaseFault> Errors => new()
    {
        { "PostgreSQL unique key, wrapped by SaveChanges", new DbUpdateException("save", Postgres("23505")), DatabaseFault.Conflict },
        { "PostgreSQL deadlock", Postgres("40P01"), DatabaseFault.Conflict },
        { "PostgreSQL numeric overflow", new DbUpdateException("save", Postgres("22003")), DatabaseFault.InvalidValue },
        { "PostgreSQL NUL in text", Postgres("22021"), DatabaseFault.InvalidValue },
        { "PostgreSQL shutting down", Postgres("57P01"), DatabaseFault.Unavailable },
        { "PostgreSQL too many connections", Postgres("53300"), DatabaseFault.Unavailable },
        { "PostgreSQL syntax error (ours)", Postgres("42601"), DatabaseFault.None },
        { "Npgsql broken connection", new NpgsqlException("Exception while reading from stream", new IOException("reset")), DatabaseFault.Unavailable },
        { "EF transient-failure wrapper", new InvalidOperationException("transient", new NpgsqlException("timeout", new TimeoutException())), DatabaseFault.Unavailable },
        { "refused socket", new SocketException((int)SocketError.ConnectionRefused), DatabaseFault.Unavailable },
        { "SQLite unique index", new DbUpdateException("save", new SqliteException("UNIQUE constraint failed", 19, 2067)), DatabaseFault.Conflict },
        { "SQLite check constraint (ours)", new SqliteException("CHECK constraint failed", 19, 275), DatabaseFault.None },
        { "SQLite busy", new SqliteException("database is locked", 5), DatabaseFault.Unavailable },
        { "a bug of ours", new InvalidOperationException("sequence contains no elements"), DatabaseFault.None },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Each_error_is_read_by_what_it_means(string name, Exception error, DatabaseFault expected) =>
        Assert.True(expected == DatabaseFaults.Classify(error), name);
}
