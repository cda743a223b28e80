using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Live;

/// <summary>
/// The graphql-transport-ws protocol as the graphql-ws library speaks it, through the test server's WebSocket: the
/// handshake, events from reports written over HTTP, filters, and every protocol breach closed with its code.
/// </summary>
public sealed class WebSocketProtocolTests(LiveTestServer server) : IClassFixture<LiveTestServer>
{
    private const string ReportsOfDepartment = """
        subscription($department: String!) {
          progressReportSubmitted(where: { department: { name: { eq: $department } } }) {
            summary progressPercent status department { name } task { number latestStatus }
          }
        }
        """;

    private async Task<TransportWsClient> ConnectedAsync(object? payload = null)
    {
        var client = await TransportWsClient.ConnectAsync(server);
        var ack = await client.InitAsync(payload);
        Assert.Equal("connection_ack", (string?)ack["type"]);
        return client;
    }

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws_acknowledges_the_connection_and_answers_a_ping()
    {
        await using var client = await ConnectedAsync();
        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });

        var pong = await client.ReceiveAsync();

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
        AssertJson(new JObject { ["type"] = "pong", ["payload"] = new JObject { ["n"] = 1 } }, pong);
    }

    [Fact]
    public async Task A_subscriber_hears_of_a_report_submitted_over_HTTP_with_the_task_as_it_now_stands()
    {
        await using var client = await ConnectedAsync(new { Authorization = "Bearer " + server.Token("viewer") });
        await client.SubscribeAsync("reports", ReportsOfDepartment, new { department = "资规分局" });
        await client.SubscribedAsync();

        await server.ReportAsync(await server.TaskIdAsync(5, 44), "资规分局", status: "AT_RISK", percent: 55, summary: "订阅测试：规划报批中");
        var next = await client.ReceiveAsync();

        Assert.Equal("reports", (string?)next!["id"]);
        Assert.Equal("next", (string?)next["type"]);
        Snapshot.Match(next["payload"]!.ToString());
    }

    [Fact]
    public async Task A_filtered_subscriber_hears_only_of_the_reports_that_match()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("water", ReportsOfDepartment, new { department = "水务局" });
        await client.SubscribedAsync();

        await server.ReportAsync(await server.TaskIdAsync(5, 44), "资规分局", summary: "不应送达");
        await server.ReportAsync(await server.TaskIdAsync(5, 49), "水务局", summary: "水务局的报告");
        var next = await client.ReceiveAsync();

        Assert.Equal("水务局的报告", (string?)next!["payload"]!["data"]!["progressReportSubmitted"]!["summary"]);
    }

    [Fact]
    public async Task Task_standing_subscribers_hear_of_a_task_when_it_becomes_delayed_and_not_before()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("delayed", "subscription { taskStandingChanged(where: { latestStatus: { eq: DELAYED } }) { number latestStatus latestProgressPercent } }");
        await client.SubscribedAsync();
        var task = await server.TaskIdAsync(5, 45);

        await server.ReportAsync(task, "资规分局", status: "ON_TRACK", percent: 10);
        await server.ReportAsync(task, "资规分局", status: "DELAYED", percent: 12);
        var next = await client.ReceiveAsync();

        AssertJson(new JObject { ["number"] = 45, ["latestStatus"] = "DELAYED", ["latestProgressPercent"] = 12 },
            next!["payload"]!["data"]!["taskStandingChanged"]);
    }

    [Fact]
    public async Task A_query_sent_over_the_socket_is_answered_once_then_completed()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("q", "{ targets { totalCount } }");

        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal(11, (int)next!["payload"]!["data"]!["targets"]!["totalCount"]!);
        Assert.Equal(new JObject { ["id"] = "q", ["type"] = "complete" }, complete);
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_with_its_location_and_the_connection_stays()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("bad", "subscription { progressReportSubmitted { noSuchField } }");

        var error = await client.ReceiveAsync();
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.Contains("noSuchField", (string?)error["payload"]![0]!["message"]);
        Assert.NotNull(error["payload"]![0]!["locations"]);
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task A_subscription_is_held_to_the_depth_limit_of_queries()
    {
        await using var client = await ConnectedAsync();
        var nested = string.Concat(Enumerable.Repeat("group { tasks { ", 10)) + "number" + string.Concat(Enumerable.Repeat(" } }", 10));
        await client.SubscribeAsync("deep", $"subscription {{ taskStandingChanged {{ {nested} }} }}");

        var error = await client.ReceiveAsync();

        Assert.Equal(("deep", "error", "MAX_DEPTH_EXCEEDED"), ((string?)error!["id"], (string?)error["type"], (string?)error["payload"]![0]!["extensions"]!["code"]));
    }

    [Fact]
    public async Task A_mutation_is_refused_over_the_socket_with_a_code()
    {
        await using var client = await ConnectedAsync(new { Authorization = "Bearer " + server.Token("supervisor") });
        await client.SubscribeAsync("m", "mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }");

        var error = await client.ReceiveAsync();

        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal("MUTATION_NOT_STREAMED", (string?)error["payload"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task After_the_client_completes_a_subscription_it_hears_nothing_more()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("stop", ReportsOfDepartment, new { department = "资规分局" });
        await client.SubscribeAsync("keep", "subscription { progressReportSubmitted { summary } }");
        await client.SubscribedAsync();
        await client.SendAsync(new { id = "stop", type = "complete" });
        await client.SubscribedAsync();

        await server.ReportAsync(await server.TaskIdAsync(5, 44), "资规分局", summary: "只有 keep 收到");
        var next = await client.ReceiveAsync();

        Assert.Equal("keep", (string?)next!["id"]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReceiveAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Theory]
    [InlineData("subscribe before connection_init", 4401)]
    [InlineData("a second connection_init", 4429)]
    [InlineData("an id already subscribed", 4409)]
    [InlineData("text that is not JSON", 4400)]
    [InlineData("an unknown message type", 4400)]
    [InlineData("subscribe without a payload", 4400)]
    [InlineData("a token that is not valid", 4403)]
    public async Task A_protocol_breach_closes_the_connection_with_its_code(string breach, int code)
    {
        await using var client = await TransportWsClient.ConnectAsync(server);
        const string Query = "subscription { reportPeriodClosed { label } }";
        switch (breach)
        {
            case "subscribe before connection_init":
                await client.SubscribeAsync("1", Query);
                break;
            case "a second connection_init":
                await client.InitAsync();
                await client.SendAsync(new { type = "connection_init" });
                break;
            case "an id already subscribed":
                await client.InitAsync();
                await client.SubscribeAsync("1", Query);
                await client.SubscribeAsync("1", Query);
                break;
            case "text that is not JSON":
                await client.SendTextAsync("{ type: ");
                break;
            case "an unknown message type":
                await client.SendAsync(new { type = "start", id = "1" });
                break;
            case "subscribe without a payload":
                await client.InitAsync();
                await client.SendAsync(new { type = "subscribe", id = "1" });
                break;
            case "a token that is not valid":
                await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not.a.token" } });
                break;
        }

        Assert.Equal(code, await client.ClosedWithAsync());
    }

    private static void AssertJson(JToken expected, JToken? actual) => Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected}, got {actual}");

    [Fact]
    public async Task A_client_that_does_not_ask_for_graphql_transport_ws_is_closed_with_4406()
    {
        await using var client = await TransportWsClient.ConnectAsync(server, subProtocol: null);

        Assert.Equal(4406, await client.ClosedWithAsync());
    }
}
