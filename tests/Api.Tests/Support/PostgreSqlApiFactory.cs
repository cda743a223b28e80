using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

/// <summary>The API on a PostgreSQL database of its own (see <see cref="PostgresServer"/>).</summary>
public class PostgreSqlApiFactory : WuzhongApiFactory
{
    private readonly Lazy<string> _connectionString = new(() => PostgresServer.NewDatabase("wuzhong_api"));

    public override TestProvider Provider => TestProvider.PostgreSql;

    protected override string ConnectionString => _connectionString.Value;
}
