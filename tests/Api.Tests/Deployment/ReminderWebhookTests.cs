using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Reminders;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Deployment;

/// <summary>
/// The reminders webhook against a local receiver, as a WeCom or DingTalk robot would take it: two servers on one
/// database, both due to remind on the same morning, post it once between them, with the units the API names, and
/// the audit log says so. The background tick is slowed down and the test checks by hand, so that nothing depends on timing.
/// </summary>
public sealed class ReminderWebhookTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Takes POSTs on a free loopback port and keeps their bodies.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public Receiver()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/robot/send/";
            }
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                    {
                        return;
                    }
                    using var reader = new StreamReader(context.Request.InputStream);
                    lock (Bodies)
                    {
                        Bodies.Add(reader.ReadToEnd());
                    }
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }
        public List<string> Bodies { get; } = [];

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }

    [SkippableFact]
    public async Task On_SQLite_two_servers_post_the_mornings_reminder_once_with_the_units_the_API_names()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wuzhong-reminders-{Guid.NewGuid():N}.db");
        try
        {
            await RemindOnceAsync(TestProvider.Sqlite, $"Data Source={file}");
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
    public Task On_PostgreSql_two_servers_post_the_mornings_reminder_once_with_the_units_the_API_names()
    {
        TestDatabase.SkipIfUnavailable(TestProvider.PostgreSql);
        return RemindOnceAsync(TestProvider.PostgreSql, PostgresServer.NewDatabase("wuzhong_reminders"));
    }

    private static async Task RemindOnceAsync(TestProvider provider, string connectionString)
    {
        using var receiver = new Receiver();
        var settings = new Dictionary<string, string>
        {
            ["Reminders:WebhookUrl"] = receiver.Url, ["Reminders:DaysBefore:0"] = "3", ["Reminders:CheckIntervalSeconds"] = "3600",
        };
        await using var first = new SharedDatabaseFactory(provider, connectionString, settings);
        await using var second = new SharedDatabaseFactory(provider, connectionString, settings);
        _ = first.CreateClient();
        _ = second.CreateClient();
        async Task CheckBothAsync() => await Task.WhenAll(
            first.Services.GetRequiredService<ReminderSender>().SendDueAsync(CancellationToken.None),
            second.Services.GetRequiredService<ReminderSender>().SendDueAsync(CancellationToken.None));

        // Four days before the 25th: no reminder day. Three days before, at 08:59: not yet.
        first.Clock.Now = second.Clock.Now = new DateTimeOffset(2023, 6, 21, 10, 0, 0, Beijing);
        await CheckBothAsync();
        first.Clock.Now = second.Clock.Now = new DateTimeOffset(2023, 6, 22, 8, 59, 0, Beijing);
        await CheckBothAsync();
        Assert.Empty(receiver.Bodies);

        // 09:30 on the 22nd: both servers are due; one posts. Checked again later that morning: nothing more.
        first.Clock.Now = second.Clock.Now = new DateTimeOffset(2023, 6, 22, 9, 30, 0, Beijing);
        await CheckBothAsync();
        await CheckBothAsync();
        first.Clock.Now = second.Clock.Now = new DateTimeOffset(2023, 6, 22, 11, 0, 0, Beijing);
        await CheckBothAsync();

        var body = Assert.Single(receiver.Bodies);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("text", json.RootElement.GetProperty("msgtype").GetString());
        var content = json.RootElement.GetProperty("text").GetProperty("content").GetString()!;
        Assert.StartsWith("【工作任务进度报送提醒】2023年6月进度报送截止日期为6月25日（还有3天）", content);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(content) <= ReminderMessage.MaxContentBytes);

        var units = (await new GraphQLClient(first.CreateClient()).QueryAsync("""{ reportingReminders(period: "2023-06") { department { name } tasks { number } daysLeft } }"""))
            ["reportingReminders"]!.ToList();
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal(3, (int)u["daysLeft"]!));
        var firstUnit = units[0];
        Assert.Contains($"{(string)firstUnit["department"]!["name"]!}：{string.Join('、', firstUnit["tasks"]!.Select(t => $"({(int)t["number"]!})"))}", content);
        Assert.Contains($"以下{units.Count}个单位尚未报送", content);

        await using var scope = first.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<WuzhongDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == ReminderSender.Action).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("accepted", entry.Outcome);
        Assert.Contains("\"period\":\"2023-06\",\"daysLeft\":3", entry.Input);

        // The due date itself: a second reminder.
        first.Clock.Now = second.Clock.Now = new DateTimeOffset(2023, 6, 25, 9, 5, 0, Beijing);
        await CheckBothAsync();
        Assert.Equal(2, receiver.Bodies.Count);
        using var onTheDay = JsonDocument.Parse(receiver.Bodies[1]);
        Assert.Contains("（今天截止）", onTheDay.RootElement.GetProperty("text").GetProperty("content").GetString());
    }
}
