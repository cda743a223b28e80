namespace Wuzhong.Infrastructure.Persistence;

/// <summary>The names <c>Database:Provider</c> accepts.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";

    public static IReadOnlyList<string> Supported { get; } = [Sqlite];
}
