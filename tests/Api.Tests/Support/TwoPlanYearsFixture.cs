using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

public sealed class SqliteTwoPlanYears : TwoPlanYearsFixture<WuzhongApiFactory>;

public sealed class PostgreSqlTwoPlanYears : TwoPlanYearsFixture<PostgreSqlApiFactory>;

/// <summary>
/// The 2023 plan with demo reports of January to June, and a generated plan of 2024 (40 tasks) with demo reports of
/// January to March, seen on 10 April 2024: the years can be told apart and compared.
/// </summary>
public abstract class TwoPlanYearsFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public const string Code2024 = "吴政发〔2024〕2号";

    public TFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        Factory.Clock.Now = new DateTimeOffset(2024, 4, 10, 9, 0, 0, TimeSpan.FromHours(8));
        await using var scope = Factory.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<ReferenceData>();
        await scope.ServiceProvider.GetRequiredService<PlanImporter>()
            .ImportAsync(SyntheticPlanGenerator.Generate(reference, new SyntheticPlanGenerator.PlanShape(Code2024, 2024, 40, Seed: 24)));
        var seeder = scope.ServiceProvider.GetRequiredService<DemoReportSeeder>();
        await seeder.SeedAsync(2023, 6, seed: 7, CancellationToken.None);
        await seeder.SeedAsync(2024, 3, seed: 8, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
