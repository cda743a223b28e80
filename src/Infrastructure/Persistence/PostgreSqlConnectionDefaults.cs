using Npgsql;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// What a PostgreSQL connection string gets unless it says otherwise: statements prepared automatically once they are
/// used twice. The queries the API sends are few shapes with parameters, and PostgreSQL plans a prepared statement
/// once instead of on every execution; planning the task filters' EXISTS joins costs more than running them.
/// And short waits on a server that does not answer: a connection attempt gives up after 5 s (not 15), a cancelled
/// command waits 1 s (not 2) for the server to confirm before the connection is dropped.
/// </summary>
public static class PostgreSqlConnectionDefaults
{
    public const int MaxAutoPrepare = 256;
    public const int ConnectTimeoutSeconds = 5;
    public const int CancellationTimeoutMilliseconds = 1000;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!HasKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!HasKey(connectionString, "Timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }
        if (!HasKey(connectionString, "Cancellation Timeout", "CancellationTimeout"))
        {
            builder.CancellationTimeout = CancellationTimeoutMilliseconds;
        }
        return builder.ConnectionString;
    }

    private static bool HasKey(string connectionString, params string[] names) =>
        connectionString.Split(';').Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => names.Any(name => string.Equals(key, name, StringComparison.OrdinalIgnoreCase)));
}
