using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Npgsql;
using Wuzhong.Api.Tests.Live;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Deployment;

/// <summary>
/// Two servers on one database, as two processes behind a load balancer: a report written through one reaches the
/// other's subscribers within a second, and no answer either of them gives after a write is acknowledged is from
/// before it, cache or not. Each server is a host of its own (its own change feed, cache and connections).
/// </summary>
public sealed class LiveAcrossProcessesTests
{
    private const string Standing = "query Standing($number: Int!) { tasks(where: { number: { eq: $number } }) { nodes { latestProgressPercent } } }";

    [SkippableFact]
    public async Task On_PostgreSql_a_report_submitted_through_one_server_reaches_a_subscriber_of_the_other_within_a_second()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        await using var servers = Servers(TestProvider.PostgreSql, PostgresServer.NewDatabase("wuzhong_live"));
        var (writer, reader) = (servers.Writer, servers.Reader);
        await using var subscriber = await TransportWsClient.ConnectAsync(reader);
        await subscriber.InitAsync();
        await subscriber.SubscribeAsync("1", "subscription { progressReportSubmitted { summary department { name } } }");
        var task = await writer.TaskIdAsync(5, 44);
        // A first report, waited for as long as it takes, warms the path before the timed ones.
        await subscriber.SubscribedAsync();
        await writer.ReportAsync(task, "资规分局", summary: "预热");
        Assert.Equal("预热", (string?)(await subscriber.ReceiveAsync(TimeSpan.FromSeconds(10)))!["payload"]!["data"]!["progressReportSubmitted"]!["summary"]);

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            await writer.ReportAsync(task, "资规分局", summary: $"第 {i} 次");
            var acknowledged = Stopwatch.StartNew();
            var next = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(1));
            delays.Add(acknowledged.Elapsed);
            Assert.Equal($"第 {i} 次", (string?)next!["payload"]!["data"]!["progressReportSubmitted"]!["summary"]);
        }

        Assert.All(delays, delay => Assert.True(delay < TimeSpan.FromSeconds(1), $"{delay.TotalMilliseconds} ms"));
    }

    [SkippableFact]
    public async Task On_PostgreSql_no_answer_after_an_acknowledged_write_is_from_before_it_on_either_server()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        await using var servers = Servers(TestProvider.PostgreSql, PostgresServer.NewDatabase("wuzhong_fresh"));
        var (writer, reader) = (servers.Writer, servers.Reader);
        await NoStaleAnswerAsync(writer, reader);
    }

    [SkippableFact]
    public async Task On_SQLite_a_second_server_on_the_same_file_hears_of_reports_and_serves_no_stale_answer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wuzhong-live-{Guid.NewGuid():N}.db");
        try
        {
            await using var servers = Servers(TestProvider.Sqlite, $"Data Source={file}");
            var (writer, reader) = (servers.Writer, servers.Reader);
            await using var subscriber = await TransportWsClient.ConnectAsync(reader);
            await subscriber.InitAsync();
            await subscriber.SubscribeAsync("1", "subscription { taskStandingChanged { number latestProgressPercent } }");
            await subscriber.SubscribedAsync();

            await writer.ReportAsync(await writer.TaskIdAsync(5, 44), "资规分局", percent: 64);
            // Heard by polling the file (every 500 ms), on a path not yet warmed: the one-second promise is PostgreSQL's.
            var next = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(5));

            Assert.Equal(64, (int)next!["payload"]!["data"]!["taskStandingChanged"]!["latestProgressPercent"]!);
            await NoStaleAnswerAsync(writer, reader);
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
    public async Task On_PostgreSql_a_server_whose_listening_connection_is_cut_reconnects_and_its_subscribers_miss_nothing()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        var database = PostgresServer.NewDatabase("wuzhong_relisten");
        await using var servers = Servers(TestProvider.PostgreSql, database);
        var (writer, reader) = (servers.Writer, servers.Reader);
        await using var subscriber = await TransportWsClient.ConnectAsync(reader);
        await subscriber.InitAsync();
        await subscriber.SubscribeAsync("1", "subscription { progressReportSubmitted { summary } }");
        await subscriber.SubscribedAsync();

        // Every connection listening for changes is cut (both servers'), as a database failover would.
        await using (var admin = new NpgsqlConnection(database))
        {
            await admin.OpenAsync();
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'", admin);
            Assert.True((long)(await cut.ExecuteScalarAsync())! >= 2);
        }
        await writer.ReportAsync(await writer.TaskIdAsync(5, 44), "资规分局", summary: "断线之后");
        var next = await subscriber.ReceiveAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("断线之后", (string?)next!["payload"]!["data"]!["progressReportSubmitted"]!["summary"]);
    }

    /// <summary>
    /// Writes through one server and reads through both right after each acknowledgement: each answer must show the
    /// write, and the reader's cache must have been in use (its repeated answers are hits).
    /// </summary>
    private static async Task NoStaleAnswerAsync(LiveServer writer, LiveServer reader)
    {
        var task = await writer.TaskIdAsync(5, 44);
        // The reader keeps the answer before the first write, as a dashboard that has been asking would.
        await reader.AskAsync(Standing, new { number = 44 });
        var hits = 0;
        for (var percent = 1; percent <= 12; percent++)
        {
            await writer.ReportAsync(task, "资规分局", percent: percent);
            foreach (var server in new[] { reader, writer, reader })
            {
                var answer = await server.AskAsync(Standing, new { number = 44 });
                hits += answer.Cache == "HIT" ? 1 : 0;
                Assert.Equal(percent, (int)answer.Data["tasks"]!["nodes"]![0]!["latestProgressPercent"]!);
            }
        }
        Assert.Equal(12, hits);
    }

    private static ServerPair Servers(TestProvider provider, string connectionString)
    {
        var pair = new ServerPair(new LiveServer(provider, connectionString), new LiveServer(provider, connectionString));
        // The first migrates and loads the plan; the second then starts on it.
        pair.Writer.CreateClient();
        pair.Reader.CreateClient();
        return pair;
    }

    /// <summary>The two servers of a test, stopped together.</summary>
    private sealed record ServerPair(LiveServer Writer, LiveServer Reader) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Writer.DisposeAsync();
            await Reader.DisposeAsync();
        }
    }

    /// <summary>One server process of the pair, on 20 March 2023.</summary>
    private sealed class LiveServer : WuzhongApiFactory
    {
        private readonly TestProvider _provider;
        private readonly string _connectionString;

        public LiveServer(TestProvider provider, string connectionString)
        {
            (_provider, _connectionString) = (provider, connectionString);
            Clock.Now = LiveTestServer.March20;
        }

        public override TestProvider Provider => _provider;

        protected override string ConnectionString => _connectionString;

        public Task<GraphQLClient.Response> AskAsync(string query, object variables) => new GraphQLClient(CreateClient()).PostAsync(query, variables);
    }
}
