namespace Wuzhong.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Wuzhong</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Wuzhong";

    /// <summary><c>Sqlite</c> (the embedded default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;
}
