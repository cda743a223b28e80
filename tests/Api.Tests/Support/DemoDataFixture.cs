using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

public sealed class SqliteDemoData : DemoDataFixture<WuzhongApiFactory>;

public sealed class PostgreSqlDemoData : DemoDataFixture<PostgreSqlApiFactory>;

/// <summary>The 2023 plan with the deterministic demo reports of January to June, seen on 10 July 2023.</summary>
public abstract class DemoDataFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public TFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        Factory.Clock.Now = new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.FromHours(8));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoReportSeeder>().SeedAsync(2023, 6, seed: 7, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
