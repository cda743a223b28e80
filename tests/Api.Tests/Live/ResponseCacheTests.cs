using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Tests.Live;

/// <summary>
/// The response cache through real HTTP: hits and misses in X-Cache, answers dropped by exactly the changes that can
/// affect them, entity tags and 304, what is never kept, and who shares an answer.
/// </summary>
public sealed class ResponseCacheTests(LiveTestServer server) : IClassFixture<LiveTestServer>
{
    private const string Task44 = "{ tasks(where: { number: { eq: 44 } }) { nodes { number latestStatus latestProgressPercent } } }";
    private const string Targets = "{ targets(first: 2) { nodes { number name goals { latestValue reached } } } }";

    private async Task<GraphQLClient.Response> PostAsync(string query, string? token = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }
        return await new GraphQLClient(server.CreateClient()).SendAsync(request);
    }

    private Task<string> ReportOnTask44Async(string status, int percent) =>
        server.ReportAsync(server.TaskIdAsync(5, 44).Result, "资规分局", status, percent);

    [Fact]
    public async Task The_same_query_twice_is_a_miss_then_a_hit_with_the_same_answer_however_it_is_spaced()
    {
        var first = await PostAsync("{ plan(code: \"吴政发〔2023〕2号\") { title year } }");
        var second = await PostAsync("query {\n  plan(code: \"吴政发〔2023〕2号\") {\n    title,\n    year # the year\n  }\n}");

        Assert.Equal(("MISS", "HIT"), (first.Cache, second.Cache));
        Assert.Equal(first.Body.ToString(), second.Body.ToString());
    }

    [Fact]
    public async Task A_progress_report_drops_the_tasks_answer_at_once_and_the_next_answer_shows_it()
    {
        await PostAsync(Task44);
        var before = await PostAsync(Task44);

        await ReportOnTask44Async("DELAYED", 21);
        var after = await PostAsync(Task44);

        Assert.Equal("HIT", before.Cache);
        Assert.Equal("MISS", after.Cache);
        Assert.Equal(("DELAYED", 21), ((string?)after.Body["data"]!["tasks"]!["nodes"]![0]!["latestStatus"], (int)after.Body["data"]!["tasks"]!["nodes"]![0]!["latestProgressPercent"]!));
    }

    [Fact]
    public async Task A_progress_report_keeps_the_targets_answer_and_a_target_report_drops_it_but_keeps_the_tasks_answer()
    {
        await PostAsync(Targets);
        await PostAsync(Task44);

        await ReportOnTask44Async("ON_TRACK", 30);
        var targetsAfterProgress = await PostAsync(Targets);
        await PostAsync(Task44);
        var target = (string)(await new GraphQLClient(server.CreateClient()).QueryAsync("{ targets(first: 1) { nodes { id } } }"))["targets"]!["nodes"]![0]!["id"]!;
        var submitted = await new GraphQLClient(server.CreateClient(), server.Token("supervisor")).QueryAsync(
            "mutation($input: SubmitTargetReportInput!) { submitTargetReport(input: $input) { errors { code } } }",
            new { input = new { targetId = target, period = "2023-03", actualValue = 5.5, summary = "一季度" } });
        var targetsAfterTarget = await PostAsync(Targets);
        var tasksAfterTarget = await PostAsync(Task44);

        Assert.Empty(submitted["submitTargetReport"]!["errors"]!);
        Assert.Equal(("HIT", "MISS", "HIT"), (targetsAfterProgress.Cache, targetsAfterTarget.Cache, tasksAfterTarget.Cache));
    }

    [Fact]
    public async Task A_GET_carries_an_entity_tag_that_answers_304_until_the_data_changes()
    {
        var client = server.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("{ tasks(where: { number: { eq: 45 } }) { nodes { latestProgressPercent } } }");
        var first = await client.GetAsync(url);
        var tag = first.Headers.ETag!;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(tag);
        var unchanged = await client.SendAsync(conditional);

        await server.ReportAsync(await server.TaskIdAsync(5, 45), "资规分局", percent: 77);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var changed = await client.SendAsync(again);

        Assert.Equal((HttpStatusCode.NotModified, HttpStatusCode.OK), (unchanged.StatusCode, changed.StatusCode));
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("77", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_trusted_document_request_carries_an_entity_tag_and_is_answered_304_when_it_has_not_changed()
    {
        string id;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            (id, _) = await scope.ServiceProvider.GetRequiredService<TrustedDocuments>()
                .RegisterAsync("targets.graphql", "{ targets { totalCount } }", CancellationToken.None);
        }
        HttpRequestMessage ById(EntityTagHeaderValue? tag = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { documentId = id }), Encoding.UTF8, "application/json"),
            };
            if (tag is not null)
            {
                request.Headers.IfNoneMatch.Add(tag);
            }
            return request;
        }
        var client = server.CreateClient();

        var first = await client.SendAsync(ById());
        var again = await client.SendAsync(ById(first.Headers.ETag));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotModified), (first.StatusCode, again.StatusCode));
        Assert.Equal("HIT", again.Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task Mutations_introspection_the_audit_log_and_cost_reports_are_never_kept()
    {
        var supervisor = server.Token("supervisor");
        var introspection = await PostAsync("{ __schema { queryType { name } } }");
        var mutation = await PostAsync("mutation { closeReportPeriod(input: { period: \"2023-13\" }) { errors { code } } }", supervisor);
        var audit = await PostAsync("{ auditLog(first: 1) { totalCount } }", supervisor);
        await PostAsync("{ targets { totalCount } }", headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });
        var costed = await PostAsync("{ targets { totalCount } }", headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });

        Assert.Equal("BYPASS BYPASS BYPASS BYPASS", string.Join(" ", introspection.Cache, mutation.Cache, audit.Cache, costed.Cache));
        Assert.NotNull(costed.Body["extensions"]!["operationCost"]);
    }

    [Fact]
    public async Task Callers_with_other_claims_do_not_share_an_answer_and_me_answers_each_their_own()
    {
        var reporter = server.Token("reporter", "水务局");
        var viewer = server.Token("viewer");
        await PostAsync("{ me { subject roles departments { name } } }", reporter);

        var asReporter = await PostAsync("{ me { subject roles departments { name } } }", reporter);
        var asViewer = await PostAsync("{ me { subject roles departments { name } } }", viewer);

        Assert.Equal(("HIT", "MISS"), (asReporter.Cache, asViewer.Cache));
        Assert.Equal("test-viewer", (string?)asViewer.Body["data"]!["me"]!["subject"]);
    }

    [Fact]
    public async Task With_caching_off_nothing_is_kept_and_no_header_is_sent()
    {
        await using var uncached = LiveTestServer.With(new Dictionary<string, string> { ["Caching:Enabled"] = "false" });
        var client = new GraphQLClient(uncached.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ targets { totalCount } }"));

        await client.QueryAsync("{ targets { totalCount } }");
        var response = await uncached.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("X-Cache"));
        Assert.Null(response.Headers.ETag);
    }
}
