namespace Wuzhong.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Wuzhong</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Wuzhong";

    /// <summary><c>Sqlite</c> (the embedded default). Server providers come with their migrations.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;
}
