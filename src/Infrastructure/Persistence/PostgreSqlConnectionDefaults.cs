using Npgsql;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// What a PostgreSQL connection string gets unless it says otherwise: statements prepared automatically once they are
/// used twice. The queries the API sends are few shapes with parameters, and PostgreSQL plans a prepared statement
/// once instead of on every execution; planning the task filters' EXISTS joins costs more than running them.
/// </summary>
public static class PostgreSqlConnectionDefaults
{
    public const int MaxAutoPrepare = 256;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!HasKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    private static bool HasKey(string connectionString, params string[] names) =>
        connectionString.Split(';').Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => names.Any(name => string.Equals(key, name, StringComparison.OrdinalIgnoreCase)));
}
