using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

public sealed class SqliteScaledData : ScaledDataFixture<WuzhongApiFactory>;

public sealed class PostgreSqlScaledData : ScaledDataFixture<PostgreSqlApiFactory>;

/// <summary>
/// The API with three more plans, of 10, 100 and 1000 tasks, where every task is co-owned by 资规分局 in 金庭镇:
/// the headline query then returns 10, 100 and 1000 rows, one plan at a time.
/// </summary>
public abstract class ScaledDataFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public static readonly int[] Sizes = [10, 100, 1000];

    public TFactory Factory { get; } = new();

    public static string CodeFor(int size) => $"吴政发〔2023〕{8000 + size}号";

    public async Task InitializeAsync()
    {
        // Where the provider cannot be had, the tests skip themselves; the fixture must not fail them first.
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        await using var scope = Factory.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<ReferenceData>();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImporter>();
        foreach (var size in Sizes)
        {
            await importer.ImportAsync(SyntheticPlanGenerator.Generate(reference, new SyntheticPlanGenerator.PlanShape(CodeFor(size), 2023, size, Seed: size)
            {
                EveryTaskDepartment = "资规分局",
                EveryTaskDistrict = "金庭镇",
            }));
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
