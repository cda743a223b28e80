using System.Net;
using System.Text;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Security;

/// <summary>
/// Requests meant to hurt: each is refused with its status and error code before any SQL runs (counted with the
/// command interceptor).
/// </summary>
public sealed class HostileRequestTestsOnSqlite(WuzhongApiFactory factory) : HostileRequestTests<WuzhongApiFactory>(factory);

public sealed class HostileRequestTestsOnPostgreSql(PostgreSqlApiFactory factory) : HostileRequestTests<PostgreSqlApiFactory>(factory);

/// <summary>The same attacks on each database: refusals come before any SQL, whichever database is behind.</summary>
public abstract class HostileRequestTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly HttpClient _http;

    protected HostileRequestTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _http = factory.CreateClient();
    }

    private static string Json(string query, object? variables = null) =>
        System.Text.Json.JsonSerializer.Serialize(new { query, variables });

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string contentType = "application/json", byte[]? raw = null)
    {
        using var content = raw is null ? new StringContent(body, Encoding.UTF8) : new ByteArrayContent(raw);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Nest(string open, string inner, string close, int times) =>
        string.Concat(Enumerable.Repeat(open, times)) + inner + string.Concat(Enumerable.Repeat(close, times));

    public static TheoryData<string, Func<string>, HttpStatusCode, string> Attacks => new()
    {
        { "depth bomb", () => Json("{ tasks(first: 1) { nodes { " + Nest("group { tasks { ", "number", " } }", 20) + " } } }"), HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED" },
        { "alias bomb", () => Json("{ " + string.Join(" ", Enumerable.Range(0, 500).Select(i => $"a{i}: tasks(first: 1) {{ totalCount }}")) + " }"), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES" },
        { "fragment cycle", () => Json("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES" },
        { "very wide selection", () => Json("{ tasks { nodes { " + string.Concat(Enumerable.Repeat("number ", 4000)) + "} } }"), HttpStatusCode.BadRequest, "QUERY_TOO_LONG" },
        { "first: 100000", () => Json("{ tasks(first: 100000) { totalCount } }"), HttpStatusCode.BadRequest, "PAGE_SIZE_TOO_LARGE" },
        { "nested maximum pages", () => Json("{ departments(first: 1000) { nodes { tasks(first: 1000) { nodes { leaders { tasks(first: 1000) { nodes { number } } } } } } } }"), HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED" },
        { "many operations", () => Json(string.Join(" ", Enumerable.Range(0, 20).Select(i => $"query Q{i} {{ __typename }}"))), HttpStatusCode.BadRequest, "TOO_MANY_OPERATIONS" },
        { "huge variables", () => Json("query($x: String) { __typename }", new { x = new string('x', 400_000) }), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE" },
        { "7,000 or-terms in variables", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { or = Enumerable.Range(0, 7_000).Select(i => new { number = new { eq = i } }) } }), HttpStatusCode.BadRequest, "INPUT_TOO_LARGE" },
        { "60,000 empty or-terms in variables", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { or = Enumerable.Range(0, 60_000).Select(_ => new { }) } }), HttpStatusCode.BadRequest, "INPUT_TOO_LARGE" },
        { "100,000 or-terms (over the body limit)", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { or = Enumerable.Range(0, 100_000).Select(_ => new { }) } }), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE" },
        { "a 10,000-deep filter in variables", () => "{\"query\":\"query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }\",\"variables\":{\"w\":"
            + Nest("{\"or\":[", "{}", "]}", 10_000) + "}}", HttpStatusCode.BadRequest, "INVALID_JSON" },
        { "a 5,000-value in list", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { number = new { @in = Enumerable.Range(0, 5_000) } } }), HttpStatusCode.BadRequest, "INPUT_TOO_LARGE" },
        { "NUL in a filter value", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { text = new { contains = "a\u0000b" } } }), HttpStatusCode.BadRequest, "INVALID_FILTER" },
        { "a lone surrogate in variables (refused by the JSON reader)", () => "{\"query\":\"query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }\",\"variables\":{\"w\":{\"text\":{\"in\":[\"a\\ud800\"]}}}}",
            HttpStatusCode.BadRequest, "INVALID_JSON" },
        { "a lone surrogate in a filter literal", () => Json("{ tasks(where: { text: { eq: \"a\\ud800\" } }) { totalCount } }"), HttpStatusCode.BadRequest, "INVALID_FILTER" },
        { "a string for an Int variable field", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { number = new { eq = "abc" } } }), HttpStatusCode.BadRequest, "INVALID_VALUE" },
        { "an Int variable out of range", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = new { number = new { eq = 100_000_000_000_000L } } }), HttpStatusCode.BadRequest, "INVALID_VALUE" },
        { "JSON array (batch)", () => "[" + Json("{ __typename }") + "," + Json("{ __typename }") + "]", HttpStatusCode.BadRequest, "BATCHING_NOT_SUPPORTED" },
        { "deeply nested filter", () => Json("{ tasks(where: " + Nest("{ and: [", "{ number: { eq: 1 } }", "] }", 40) + ") { totalCount } }"), HttpStatusCode.BadRequest, "INPUT_TOO_DEEP" },
        { "deeply nested filter in variables", () => Json("query($w: WorkTaskFilterInput) { tasks(where: $w) { totalCount } }",
            new { w = System.Text.Json.JsonSerializer.Deserialize<object>(Nest("{ \"or\": [", "{ \"number\": { \"eq\": 1 } }", "] }", 30)) }), HttpStatusCode.BadRequest, "INPUT_TOO_DEEP" },
        { "parser depth bomb", () => Json("{ tasks(where: " + Nest("{ and: [", "{}", "] }", 300) + ") { totalCount } }"), HttpStatusCode.BadRequest, "INPUT_TOO_DEEP" },
    };

    [SkippableTheory]
    [MemberData(nameof(Attacks), MemberType = typeof(HostileRequestTests<WuzhongApiFactory>))]
    public async Task An_attack_is_refused_with_its_status_and_code_before_any_SQL(string attack, Func<string> body, HttpStatusCode status, string code)
    {
        _factory.Sql.Reset();

        var response = await PostAsync(body());

        Assert.True(status == response.Status, $"{attack}: {response.Status} {response.Body[..Math.Min(300, response.Body.Length)]}");
        Assert.Contains($"\"code\":\"{code}", response.Body);
        Assert.Empty(_factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task Invalid_UTF8_is_refused()
    {
        _factory.Sql.Reset();

        var response = await PostAsync("", raw: [.. "{\"query\":\"{ tasks { totalCount } }\"}"u8.ToArray()[..12], 0xC3, 0x28, .. "\"}"u8.ToArray()]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("INVALID_JSON", response.Body);
        Assert.Empty(_factory.Sql.Commands);
    }

    [SkippableTheory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_JSON_is_refused_with_415(string contentType)
    {
        _factory.Sql.Reset();

        var response = await PostAsync(Json("{ tasks { totalCount } }"), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Empty(_factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task A_mutation_over_GET_is_refused_before_any_SQL()
    {
        _factory.Sql.Reset();

        using var response = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(_factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task The_documented_dashboard_queries_pass_the_limits()
    {
        var headline = Json("""
            { tasks(where: { departments: { some: { department: { name: { eq: "资规分局" } } } }, districts: { some: { name: { eq: "金庭镇" } } } }, order: [{ number: ASC }]) {
                totalCount nodes { number text latestStatus leadDepartments { name } latestReport { progressPercent summary period { label } } } } }
            """);
        var dashboard = Json("""
            { tasks(first: 1000) { nodes { number text section { title } group { name } departments { isLead department { name } } districts { name } leaders { name } goals { name value } } }
              departments(first: 100) { nodes { name tasks(first: 5, role: LEAD) { totalCount nodes { number leaders { name } } } } } }
            """);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(headline)).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(dashboard)).Status);
    }

    [SkippableFact]
    public async Task The_cost_is_reported_on_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Json("{ tasks(first: 10) { nodes { number leaders { name } } } }"), Encoding.UTF8, "application/json") };
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await _http.SendAsync(request);
        var body = Newtonsoft.Json.Linq.JToken.Parse(await response.Content.ReadAsStringAsync());

        // tasks 1 and its argument 1, nodes 1, 10 × (number 1 + leaders 1 + 10 × name 1): 123.
        Assert.Equal(123, (int)body["extensions"]!["operationCost"]!["fieldCost"]!);
        Assert.Equal(4, (int)body["extensions"]!["operationCost"]!["depth"]!);
    }

    [SkippableFact]
    public async Task Field_name_suggestions_are_not_sent_outside_Development()
    {
        var response = await PostAsync(Json("{ taks { totalCount } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain("Did you mean", response.Body);
    }
}
