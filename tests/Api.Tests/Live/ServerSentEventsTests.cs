using System.Net;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Live;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections) at the GraphQL path.</summary>
public sealed class ServerSentEventsTests(LiveTestServer server) : IClassFixture<LiveTestServer>
{
    private async Task<HttpResponseMessage> OpenAsync(string query, object? variables = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await server.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>The stream's events (name and data), skipping comments, until <paramref name="count"/> are read.</summary>
    private static async Task<List<(string Event, string Data)>> EventsAsync(HttpResponseMessage response, int count)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var events = new List<(string, string)>();
        string? name = null;
        var data = new StringBuilder();
        while (events.Count < count && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
            else if (line.Length == 0 && name is not null)
            {
                events.Add((name, data.ToString()));
                (name, data) = (null, new StringBuilder());
            }
        }
        return events;
    }

    [Fact]
    public async Task A_subscription_over_SSE_receives_a_next_event_for_a_report_submitted_over_HTTP()
    {
        using var response = await OpenAsync("subscription { progressReportSubmitted(where: { department: { name: { eq: \"水务局\" } } }) { summary department { name } } }");
        // The headers are sent once the subscription listens: nothing to wait for.
        var reading = EventsAsync(response, 1);

        await server.ReportAsync(await server.TaskIdAsync(5, 49), "水务局", summary: "SSE 送达");
        var events = await reading;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("next", events.Single().Event);
        Assert.Equal("SSE 送达", (string?)JObject.Parse(events[0].Data)["data"]!["progressReportSubmitted"]!["summary"]);
    }

    [Fact]
    public async Task A_query_over_SSE_is_one_next_event_then_complete()
    {
        using var response = await OpenAsync("{ targets { totalCount } }");

        var events = await EventsAsync(response, 2);

        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal(11, (int)JObject.Parse(events[0].Data)["data"]!["targets"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_refused_with_400_and_its_errors_before_any_stream()
    {
        using var response = await OpenAsync("subscription { progressReportSubmitted { noSuchField } }");

        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("noSuchField", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task A_subscription_sent_as_a_plain_request_is_refused_with_400_instead_of_an_empty_answer()
    {
        var response = await new GraphQLClient(server.CreateClient()).PostAsync("subscription { reportPeriodClosed { label } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_token_that_is_not_valid_is_refused_with_401()
    {
        using var response = await OpenAsync("subscription { reportPeriodClosed { label } }", token: "not.a.token");

        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("INVALID_TOKEN", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_supervisor_closing_a_period_reaches_a_reportPeriodClosed_subscriber()
    {
        using var response = await OpenAsync("subscription { reportPeriodClosed { label isClosed } }");
        // The headers are sent once the subscription listens: nothing to wait for.
        var reading = EventsAsync(response, 1);

        var closed = await new Support.GraphQLClient(server.CreateClient(), server.Token("supervisor"))
            .QueryAsync("mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }");
        var events = await reading;

        Assert.Empty(closed["closeReportPeriod"]!["errors"]!);
        Assert.Equal(new JObject { ["label"] = "2023-01", ["isClosed"] = true }.ToString(),
            JObject.Parse(events.Single().Data)["data"]!["reportPeriodClosed"]!.ToString());
    }
}
