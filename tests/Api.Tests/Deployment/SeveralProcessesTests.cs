using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wuzhong.Infrastructure;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Deployment;

/// <summary>
/// Several servers started together on one empty PostgreSQL database all come up: one migrates and loads the bundled
/// plan while the others wait for it (a database-wide lock), and none loads the plan twice. Each "server" is a host
/// of its own (its own services, pools and connections), started at the same moment as the others.
/// </summary>
public sealed class SeveralProcessesTests
{
    [SkippableFact]
    public async Task Three_servers_started_together_on_an_empty_database_all_come_up_with_one_plan()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        var database = PostgresServer.NewDatabase("wuzhong_several");
        var hosts = Enumerable.Range(0, 3).Select(_ => Host(database)).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var starting = hosts.Select(host => Task.Run(async () =>
            {
                await start.WaitAsync();
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            })).ToList();
            start.Release(hosts.Count);
            await Task.WhenAll(starting);

            await using var check = hosts[0].Services.CreateAsyncScope();
            var db = check.ServiceProvider.GetRequiredService<WuzhongDbContext>();
            Assert.Equal(1, db.Plans.Count());
            Assert.Equal(108, db.WorkTasks.Count());
        }
        finally
        {
            hosts.ForEach(host => host.Dispose());
        }
    }

    private static IHost Host(string connectionString)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Wuzhong"] = connectionString,
        });
        builder.AddInfrastructure();
        return builder.Build();
    }
}
