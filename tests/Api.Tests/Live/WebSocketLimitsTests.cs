using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Live;

/// <summary>The WebSocket transport's limits and timings, each on a server configured for it.</summary>
public sealed class WebSocketLimitsTests
{
    private const string Query = "subscription { reportPeriodClosed { label } }";

    [Fact]
    public async Task A_connection_that_sends_no_connection_init_in_time_is_closed_with_4408()
    {
        await using var server = LiveTestServer.With(new Dictionary<string, string> { ["Subscriptions:ConnectionInitTimeoutSeconds"] = "1" });
        await using var client = await TransportWsClient.ConnectAsync(server);

        Assert.Equal(4408, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Without_anonymous_reading_a_connection_without_a_token_is_closed_with_4403_and_one_with_a_token_is_welcome()
    {
        await using var server = LiveTestServer.With(new Dictionary<string, string> { ["Auth:AllowAnonymousRead"] = "false" });
        await using var anonymous = await TransportWsClient.ConnectAsync(server);
        await anonymous.SendAsync(new { type = "connection_init" });
        await using var headed = await TransportWsClient.ConnectAsync(server, bearer: server.Token("viewer"));

        Assert.Equal(4403, await anonymous.ClosedWithAsync());
        Assert.Equal("connection_ack", (string?)(await headed.InitAsync())["type"]);
    }

    [Fact]
    public async Task A_connection_may_run_so_many_operations_and_a_caller_so_many_subscriptions_the_rest_get_an_error()
    {
        await using var server = LiveTestServer.With(new Dictionary<string, string>
        {
            ["Subscriptions:MaxPerConnection"] = "2",
            ["Subscriptions:MaxPerCaller"] = "3",
        });
        var token = server.Token("viewer");
        await using var first = await TransportWsClient.ConnectAsync(server);
        await first.InitAsync(new { Authorization = "Bearer " + token });
        await first.SubscribeAsync("1", Query);
        await first.SubscribeAsync("2", Query);
        await first.SubscribeAsync("3", Query);
        var perConnection = await first.ReceiveAsync();
        await using var second = await TransportWsClient.ConnectAsync(server);
        await second.InitAsync(new { Authorization = "Bearer " + token });
        await second.SubscribeAsync("a", Query);
        await second.SubscribeAsync("b", Query);
        var perCaller = await second.ReceiveAsync();

        Assert.Equal(("3", "error", "TOO_MANY_SUBSCRIPTIONS"), ((string?)perConnection!["id"], (string?)perConnection["type"], (string?)perConnection["payload"]![0]!["extensions"]!["code"]));
        Assert.Equal(("b", "error", "TOO_MANY_SUBSCRIPTIONS"), ((string?)perCaller!["id"], (string?)perCaller["type"], (string?)perCaller["payload"]![0]!["extensions"]!["code"]));
    }

    [Fact]
    public async Task When_the_server_stops_its_connections_are_closed_with_1001_so_that_clients_reconnect_elsewhere()
    {
        var server = new LiveTestServer();
        await using var client = await TransportWsClient.ConnectAsync(server);
        await client.InitAsync();
        await client.SubscribeAsync("1", Query);

        var stopping = Task.Run(server.DisposeAsync);
        var code = await client.ClosedWithAsync();
        await stopping;

        Assert.Equal(1001, code);
    }
}
