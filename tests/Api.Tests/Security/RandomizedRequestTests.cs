using System.Net;
using System.Text;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Security;

/// <summary>
/// A few thousand malformed or mutated requests (seeded, so a failure can be replayed): none may get a 5xx, and the
/// server must still answer a normal query afterwards. The counts are written to hostile-requests-summary.txt
/// beside the tests, which CI prints.
/// </summary>
public sealed class RandomizedRequestTests
{
    private const int Requests = 3000;

    private static readonly string[] Queries =
    [
        "{ tasks(first: 5) { totalCount nodes { number text leadDepartments { name } } } }",
        "query($w: WorkTaskFilterInput) { tasks(where: $w, order: [{ number: DESC }]) { nodes { id } } }",
        "{ departments { nodes { name tasks(role: LEAD) { aggregates { count } } } } }",
        "{ tasks { groupedAggregates(groupBy: [DEPARTMENT, STATUS], having: { count: { gte: 2 } }) { keys { status } aggregates { count } } } }",
        "{ reportingCompliance(period: \"2023-03\") { rank expected } }",
        "mutation { submitProgressReport(input: { taskId: \"x\", period: \"2023-03\", status: ON_TRACK, progressPercent: 1, summary: \"s\" }) { errors { code } } }",
        "{ node(id: \"V29ya1Rhc2s6MQ==\") { id ... on WorkTask { number } } }",
        "fragment F on WorkTask { number } { tasks(first: 2) { nodes { ...F } } }",
    ];

    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/graphql", "application/json; charset=latin1", ""];

    private static readonly string[] Accepts =
        ["application/graphql-response+json", "application/json", "*/*", "text/html", "application/xml;q=0.9, */*;q=0.1", ""];

    [Fact]
    public async Task Thousands_of_malformed_requests_get_no_5xx_and_the_server_still_answers()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string>
        {
            ["Security:QueriesPerMinute"] = "1000000", ["Security:MutationsPerMinute"] = "1000000",
        });
        var client = factory.CreateClient();
        var random = new Random(20231);
        var outcomes = new Dictionary<string, int>();
        var serverErrors = new List<string>();

        for (var i = 0; i < Requests; i++)
        {
            var (method, path, body, contentType, accept) = Mutate(random);
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType.Length > 0)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }
            if (accept.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var bucket = status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx";
            outcomes[bucket] = outcomes.GetValueOrDefault(bucket) + 1;
            if (status >= 500)
            {
                serverErrors.Add($"#{i} {method} {path} {contentType}: {status} {(body is null ? "" : Encoding.UTF8.GetString(body[..Math.Min(200, body.Length)]))}");
            }
        }

        var normal = await new GraphQLClient(client).QueryAsync("{ tasks { totalCount } }");
        var summary = $"hostile requests: {Requests} tried, {outcomes.GetValueOrDefault("4xx")} rejected (4xx), " +
            $"{outcomes.GetValueOrDefault("2xx")} answered (2xx), {outcomes.GetValueOrDefault("5xx")} server errors (5xx)";
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "hostile-requests-summary.txt"), summary + "\n");

        Assert.True(serverErrors.Count == 0, summary + "\n" + string.Join("\n", serverErrors.Take(10)));
        Assert.Equal(108, (int)normal["tasks"]!["totalCount"]!);
        Assert.True(outcomes.GetValueOrDefault("4xx") > Requests / 3, summary);
    }

    private static (HttpMethod Method, string Path, byte[]? Body, string ContentType, string Accept) Mutate(Random random)
    {
        var query = Queries[random.Next(Queries.Length)];
        var accept = Accepts[random.Next(Accepts.Length)];
        switch (random.Next(10))
        {
            case 0:
                return (HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Scramble(random, query)) + (random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(Scramble(random, "{\"w\":{}}")) : ""), null, "", accept);
            case 1:
                return (new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head, HttpMethod.Options }[random.Next(5)], "/graphql", null, "", accept);
            case 2:
                var bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
                return (HttpMethod.Post, "/graphql", bytes, ContentTypes[random.Next(ContentTypes.Length)], accept);
            case 3:
                return (HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(RandomJson(random, 0)), "application/json", accept);
            default:
                var json = System.Text.Json.JsonSerializer.Serialize(new
                {
                    query = random.Next(3) == 0 ? Scramble(random, query) : query,
                    variables = random.Next(3) == 0 ? RandomValue(random, 0) : null,
                    operationName = random.Next(6) == 0 ? RandomValue(random, 3) : null,
                });
                var text = random.Next(3) == 0 ? Scramble(random, json) : json;
                return (HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(text), ContentTypes[random.Next(ContentTypes.Length)], accept);
        }
    }

    /// <summary>Inserts, deletes, replaces or repeats a few characters, or cuts the text short.</summary>
    private static string Scramble(Random random, string text)
    {
        var builder = new StringBuilder(text);
        const string Alphabet = "{}[]()\":,.$@!#0123456789abcdefghijklmnopqrstuvwxyz _-\\\n\t\u0000\uFFFF资规";
        for (var edits = random.Next(1, 6); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0: builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                case 1: builder.Remove(at, 1); break;
                case 2: builder[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                case 3: builder.Insert(at, builder.ToString(at, Math.Min(20, builder.Length - at))); break;
                default: builder.Length = at; break;
            }
        }
        return builder.ToString();
    }

    private static string RandomJson(Random random, int depth) => System.Text.Json.JsonSerializer.Serialize(RandomValue(random, depth));

    private static object? RandomValue(Random random, int depth) => (depth > 4 ? random.Next(4) : random.Next(7)) switch
    {
        0 => null,
        1 => random.Next(-1000, 1000),
        2 => random.Next(2) == 0,
        3 => new string((char)random.Next(32, 0x9FFF), random.Next(0, 12)),
        4 => Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth + 1)).ToList(),
        _ => Enumerable.Range(0, random.Next(0, 4)).ToDictionary(i => new[] { "query", "variables", "operationName", "extensions", "documentId", "w", "x" }[random.Next(7)] + i,
            _ => RandomValue(random, depth + 1)),
    };
}
