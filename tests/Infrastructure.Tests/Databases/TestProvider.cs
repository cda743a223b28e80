namespace Wuzhong.Infrastructure.Tests.Databases;

/// <summary>The database providers the tests run against.</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}
