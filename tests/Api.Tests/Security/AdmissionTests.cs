using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Tests.Live;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Security;

/// <summary>
/// One admission for every transport (issue 23): the operation a request selects is selected once, by GraphQL.NET's
/// rule, and every check runs on it; long-lived connections hold their token's rights no longer than HTTP would; only
/// the API's own pages may open a WebSocket from a browser.
/// </summary>
public sealed class AdmissionTests(LiveTestServer server) : IClassFixture<LiveTestServer>
{
    private const string Close = "mutation Close { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }";

    private static StringContent Body(string query, string? operationName) =>
        new(JsonSerializer.Serialize(new { query, operationName }), Encoding.UTF8, "application/json");

    private static string Code(JToken body) => (string)body["errors"]![0]!["extensions"]!["code"]!;

    public static TheoryData<string?, string> Names => new()
    {
        // No name and an empty one select the only operation (GraphQL.NET's rule); any other name selects by name.
        { null, "FORBIDDEN" }, { "", "FORBIDDEN" }, { " ", "OPERATION_NOT_FOUND" }, { "Wrong", "OPERATION_NOT_FOUND" }, { "Close", "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Over_POST_a_viewer_s_mutation_is_refused_by_the_operation_it_selects(string? name, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(Close, name) };
        request.Headers.Authorization = new("Bearer", server.Token("viewer"));

        var response = await new GraphQLClient(server.CreateClient()).SendAsync(request);

        Assert.Equal(code, Code(response.Body));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Over_SSE_a_mutation_is_refused_whatever_name_selects_it(string? name, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(Close, name) };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code == "FORBIDDEN" ? "MUTATION_NOT_STREAMED" : code, Code(JToken.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Over_a_WebSocket_a_mutation_is_refused_whatever_name_selects_it(string? name, string code)
    {
        await using var client = await TransportWsClient.ConnectAsync(server);
        await client.InitAsync();

        await client.SendAsync(new { id = "m", type = "subscribe", payload = new { query = Close, operationName = name } });
        var error = await client.ReceiveAsync();

        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal(code == "FORBIDDEN" ? "MUTATION_NOT_STREAMED" : code, (string?)error["payload"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_export_runs_only_the_query_a_name_selects(string? name, string code)
    {
        using var response = await server.CreateClient().PostAsync("/export.csv", Body(Close, name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code == "FORBIDDEN" ? "QUERY_REQUIRED" : code, Code(JToken.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task The_mutation_rate_holds_for_an_empty_operation_name()
    {
        await using var limited = LiveTestServer.With(new Dictionary<string, string> { ["Security:MutationsPerMinute"] = "2" });
        var client = limited.CreateClient();
        var token = limited.Token("viewer");

        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { null, "", "", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(Close, name) };
            request.Headers.Authorization = new("Bearer", token);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_WebSocket_closes_with_4403_when_its_token_expires()
    {
        await using var strict = LiveTestServer.With(new Dictionary<string, string> { ["Auth:ClockSkewSeconds"] = "0" });
        var token = strict.Services.GetRequiredService<TokenIssuer>().Issue("short", "supervisor", [], TimeSpan.FromSeconds(2));
        await using var client = await TransportWsClient.ConnectAsync(strict);
        Assert.Equal("connection_ack", (string?)(await client.InitAsync(new { Authorization = "Bearer " + token }))["type"]);
        await client.SubscribeAsync("log", "{ auditLog(first: 1) { totalCount } }");
        Assert.Equal("next", (string?)(await client.ReceiveAsync())!["type"]);

        // The socket closes at the token's expiry (within a few seconds); no message after it.
        while (await client.ReceiveAsync(TimeSpan.FromSeconds(10)) is not null)
        {
        }

        Assert.Equal(4403, client.CloseCode);
        Assert.Contains("expired", client.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_stream_ends_with_TOKEN_EXPIRED_and_complete_when_its_token_expires()
    {
        await using var strict = LiveTestServer.With(new Dictionary<string, string> { ["Auth:ClockSkewSeconds"] = "0" });
        var token = strict.Services.GetRequiredService<TokenIssuer>().Issue("short", "supervisor", [], TimeSpan.FromSeconds(2));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body("subscription { reportPeriodClosed { label } }", null) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new("Bearer", token);

        using var response = await strict.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = lines.Single(l => l.StartsWith("data: {", StringComparison.Ordinal));
        Assert.Equal("TOKEN_EXPIRED", Code(JToken.Parse(data["data: ".Length..])));
        Assert.Contains("event: complete", lines);
    }

    [Theory]
    [InlineData("{\"Authorization\":123}")]
    [InlineData("{\"Authorization\":\"\"}")]
    [InlineData("{\"token\":{}}")]
    [InlineData("{\"Authorization\":\"Bearer \"}")]
    [InlineData("\"Bearer abc\"")]
    public async Task Malformed_WebSocket_credentials_are_refused_not_taken_for_anonymous(string payload)
    {
        await using var client = await TransportWsClient.ConnectAsync(server);

        await client.SendTextAsync("{\"type\":\"connection_init\",\"payload\":" + payload + "}");

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(4403, client.CloseCode);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://localhost", true)]
    [InlineData("https://evil.example", false)]
    [InlineData("null", false)]
    public async Task A_WebSocket_is_opened_only_from_the_API_s_own_origin_or_by_a_client_that_is_not_a_browser(string? origin, bool opens)
    {
        var opened = true;
        try
        {
            await using var client = await TransportWsClient.ConnectAsync(server, origin: origin);
        }
        catch (InvalidOperationException)
        {
            // The test server's client throws when the upgrade is answered with a status instead.
            opened = false;
        }

        Assert.Equal(opens, opened);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/index.html")]
    [InlineData("/health/live")]
    public async Task Every_answer_carries_the_security_headers_and_the_dashboard_its_policy(string path)
    {
        using var response = await server.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(path.StartsWith("/dashboard", StringComparison.Ordinal),
            response.Headers.TryGetValues("Content-Security-Policy", out var policy) && policy.Single().Contains("frame-ancestors 'self'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_through_node_is_never_kept_since_it_may_hold_an_audit_entry()
    {
        var id = await server.TaskIdAsync(5, 44);
        var client = new GraphQLClient(server.CreateClient(), server.Token("supervisor"));

        var first = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        var second = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(("BYPASS", "BYPASS"), (first.Cache, second.Cache));
    }

    [Fact]
    public async Task Refused_mutations_with_different_inputs_are_audited_apart_each_with_its_input()
    {
        await using var fresh = LiveTestServer.With(new Dictionary<string, string>());
        var viewer = new GraphQLClient(fresh.CreateClient(), fresh.Token("viewer"));
        foreach (var period in new[] { "2023-01", "2023-02", "2023-03", "2023-03" })
        {
            await viewer.PostAsync("mutation($p: String!) { closeReportPeriod(input: { period: $p }) { errors { code } } }", new { p = period });
        }
        await fresh.Services.GetRequiredService<Wuzhong.Infrastructure.Auditing.RefusalAudit>().FlushAsync(CancellationToken.None);

        var entries = (await new GraphQLClient(fresh.CreateClient(), fresh.Token("supervisor")).QueryAsync(
            "{ auditLog(first: 100) { nodes { action input count } } }"))["auditLog"]!["nodes"]!
            .Where(e => (string)e["action"]! == "closeReportPeriod").ToList();

        Assert.Equal([("2023-01", 1), ("2023-02", 1), ("2023-03", 2)], entries
            .Select(e => ((string)JObject.Parse((string)e["input"]!)["variables"]!["p"]!, (int)e["count"]!)).Order());
    }

    [Fact]
    public async Task Anonymous_subscriptions_share_a_pool_of_their_own_that_signed_in_callers_never_wait_on()
    {
        await using var pooled = LiveTestServer.With(new Dictionary<string, string> { ["Subscriptions:MaxAnonymous"] = "1" });
        await using var anonymous = await TransportWsClient.ConnectAsync(pooled);
        await anonymous.InitAsync();
        await using var signedIn = await TransportWsClient.ConnectAsync(pooled);
        await signedIn.InitAsync(new { Authorization = "Bearer " + pooled.Token("viewer") });

        await anonymous.SubscribeAsync("a", "subscription { reportPeriodClosed { label } }");
        await anonymous.SubscribedAsync();
        await anonymous.SubscribeAsync("b", "subscription { reportPeriodClosed { label } }");
        var refused = await anonymous.ReceiveAsync();
        await signedIn.SubscribeAsync("c", "subscription { reportPeriodClosed { label } }");
        await signedIn.SendAsync(new { type = "ping" });
        // The session handles messages in order: a refusal of "c" would come before the pong.
        var afterSubscribing = await signedIn.ReceiveAsync();

        Assert.Equal(("b", "TOO_MANY_SUBSCRIPTIONS"), ((string?)refused!["id"], (string?)refused["payload"]![0]!["extensions"]!["code"]));
        Assert.Equal("pong", (string?)afterSubscribing!["type"]);
    }
}
