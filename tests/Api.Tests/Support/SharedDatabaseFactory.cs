using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

/// <summary>A server on a database another server may use too: as two processes of one deployment would.</summary>
public sealed class SharedDatabaseFactory(TestProvider provider, string connectionString, IReadOnlyDictionary<string, string> settings) : WuzhongApiFactory
{
    public override TestProvider Provider => provider;

    protected override string ConnectionString => connectionString;

    protected override IReadOnlyDictionary<string, string> Settings => settings;
}
