namespace Wuzhong.Infrastructure.Persistence;

/// <summary>The names <c>Database:Provider</c> accepts.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    public static IReadOnlyList<string> Supported { get; } = [Sqlite, SqlServer, PostgreSql];
}
