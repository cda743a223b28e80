using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Security;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Deployment;

/// <summary>
/// Two servers on one database hold a caller to one limit between them, not one each: each adds what it admitted to
/// counters shared through the database. The background sync is slowed down here and the test syncs by hand, so
/// that the outcome does not depend on timing.
/// </summary>
public sealed class SharedRateLimitTests
{
    private static readonly DateTimeOffset Noon = new(2023, 3, 20, 12, 0, 10, TimeSpan.FromHours(8));

    private static readonly Dictionary<string, string> TenQueriesAMinute = new()
    {
        ["Security:QueriesPerMinute"] = "10",
        ["Security:RateLimitSyncMilliseconds"] = "3600000",
    };

    [SkippableFact]
    public async Task On_SQLite_a_caller_gets_ten_queries_a_minute_from_two_servers_together()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wuzhong-shared-{Guid.NewGuid():N}.db");
        try
        {
            await TwoServersShareTheLimitAsync(TestProvider.Sqlite, $"Data Source={file}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }

    [SkippableFact]
    public Task On_PostgreSql_a_caller_gets_ten_queries_a_minute_from_two_servers_together()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        return TwoServersShareTheLimitAsync(TestProvider.PostgreSql, PostgresServer.NewDatabase("wuzhong_rate"));
    }

    private static async Task TwoServersShareTheLimitAsync(TestProvider provider, string connectionString)
    {
        await using var first = new SharedDatabaseFactory(provider, connectionString, TenQueriesAMinute);
        await using var second = new SharedDatabaseFactory(provider, connectionString, TenQueriesAMinute);
        first.Clock.Now = second.Clock.Now = Noon;
        var token = first.Token("viewer");
        async Task<HttpStatusCode> AskAsync(SharedDatabaseFactory server) =>
            (await new GraphQLClient(server.CreateClient(), token).PostAsync("{ targets { totalCount } }")).Status;

        var fromFirst = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            fromFirst.Add(await AskAsync(first));
        }
        await first.Services.GetRequiredService<CallerRateLimiter>().SyncAsync(CancellationToken.None);
        var fromSecond = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            fromSecond.Add(await AskAsync(second));
            await second.Services.GetRequiredService<CallerRateLimiter>().SyncAsync(CancellationToken.None);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 6), fromFirst);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], fromSecond);
    }
}
