using Microsoft.AspNetCore.Builder;
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

    [SkippableFact]
    public async Task A_second_server_signing_with_a_generated_key_refuses_to_start_on_the_same_database_and_a_configured_key_is_always_welcome()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        var database = PostgresServer.NewDatabase("wuzhong_keys");
        await using var first = App(database, signingKey: null);
        await using var second = App(database, signingKey: null);
        await using var configured = App(database, signingKey: "a-configured-key-shared-by-every-process-0123456789");
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        async Task<bool> HoldAsync(WebApplication app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await Auth.GeneratedKeyGuard.HoldAsync(app, scope.ServiceProvider.GetRequiredService<WuzhongDbContext>(), CancellationToken.None);
        }

        Assert.Equal((true, false, true), (await HoldAsync(first), await HoldAsync(second), await HoldAsync(configured)));
    }

    private static WebApplication App(string connectionString, string? signingKey)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Wuzhong"] = connectionString,
            ["Auth:SigningKey"] = signingKey,
        });
        builder.AddInfrastructure();
        return builder.Build();
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
