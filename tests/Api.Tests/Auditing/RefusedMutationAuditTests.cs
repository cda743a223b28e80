using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Auditing;

/// <summary>A server that takes two mutations a minute from one caller.</summary>
public sealed class TwoMutationsAMinuteSqliteFactory : WuzhongApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => RefusedMutationAuditTests<TwoMutationsAMinuteSqliteFactory>.TwoMutationsAMinute;
}

public sealed class TwoMutationsAMinutePostgreSqlFactory : PostgreSqlApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => RefusedMutationAuditTests<TwoMutationsAMinutePostgreSqlFactory>.TwoMutationsAMinute;
}

public sealed class RefusedMutationAuditTestsOnSqlite(TwoMutationsAMinuteSqliteFactory factory) : RefusedMutationAuditTests<TwoMutationsAMinuteSqliteFactory>(factory);

public sealed class RefusedMutationAuditTestsOnPostgreSql(TwoMutationsAMinutePostgreSqlFactory factory) : RefusedMutationAuditTests<TwoMutationsAMinutePostgreSqlFactory>(factory);

/// <summary>Twenty mutations refused before they ran (401, 403, 429, an invalid document): all twenty in the audit log, no token in it.</summary>
public abstract class RefusedMutationAuditTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory, new()
{
    public static readonly IReadOnlyDictionary<string, string> TwoMutationsAMinute = new Dictionary<string, string> { ["Security:MutationsPerMinute"] = "2" };

    private const string BadToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmVkLWJ5LXNvbWVib2R5LWVsc2U";
    private const string Close = "mutation { closeReportPeriod(input: { period: \"2099-01\" }) { errors { code } } }";
    private readonly TFactory _factory;

    protected RefusedMutationAuditTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
    }

    private Task<HttpStatusCode> PostAsync(string query, string? token) => PostAsync(_factory, query, token);

    private static async Task<HttpStatusCode> PostAsync(WuzhongApiFactory factory, string query, string? token)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [SkippableFact]
    public async Task Every_refused_mutation_is_audited_with_its_status_and_code_and_without_the_token()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await PostAsync(Close, BadToken));
            statuses.Add(await PostAsync(Close, token: null));
            statuses.Add(await PostAsync(Close, _factory.Token("viewer")));
        }
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await PostAsync("mutation { closeReportPeriod(input: { period: \"2023-01\" }) { noSuchField } }", _factory.Token("reporter", "水务局")));
        }
        var supervisor = _factory.Token("supervisor");
        var executed = new[] { await PostAsync(Close, supervisor), await PostAsync(Close, supervisor) };
        for (var i = 0; i < 2; i++)
        {
            statuses.Add(await PostAsync(Close, supervisor));
        }
        await _factory.Services.GetRequiredService<RefusalAudit>().FlushAsync(CancellationToken.None);

        var log = await new GraphQLClient(_factory.CreateClient(), _factory.Token("admin"))
            .QueryAsync("{ auditLog(first: 100) { nodes { actor roles action input outcome result codes count } } }");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], executed);
        Assert.Equal(20, statuses.Count(s => s is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests or HttpStatusCode.BadRequest));
        var refusals = log["auditLog"]!["nodes"]!.Where(e => ((string)e["outcome"]!).StartsWith("refused:", StringComparison.Ordinal)).ToList();
        var counted = refusals
            .Select(e => (string)e["outcome"]!)
            .Select(outcome => outcome.Split(" ×") is [var reason, var count] ? (reason, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)) : (outcome, 1))
            .GroupBy(r => r.Item1.StartsWith("refused: 400 ", StringComparison.Ordinal) ? "refused: 400 (invalid document)" : r.Item1)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Item2));
        Assert.Equal(new Dictionary<string, int>
        {
            // A bad token is refused before the rate is counted; every other caller has two mutations a minute
            // (valid or not): anonymous 2 + 3, viewer 2 + 3, reporter 2 + 1, supervisor 2 run + 2.
            ["refused: 401 INVALID_TOKEN"] = 5,
            ["refused: 401 UNAUTHENTICATED"] = 2,
            ["refused: 403 FORBIDDEN"] = 2,
            ["refused: 400 (invalid document)"] = 2,
            ["refused: 429 RATE_LIMITED"] = 9,
        }, counted);
        Assert.All(refusals, e => Assert.Equal("closeReportPeriod", (string)e["action"]!));
        Assert.All(refusals, e => Assert.DoesNotContain(BadToken, e.ToString(), StringComparison.Ordinal));
        Assert.Contains(refusals, e => ((string)e["actor"]!).StartsWith("ip:", StringComparison.Ordinal) && ((string)e["outcome"]!).Contains("INVALID_TOKEN", StringComparison.Ordinal));
        Assert.Contains(refusals, e => (string)e["actor"]! == "test-viewer" && e["roles"]!.Values<string>().SequenceEqual(["viewer"]));
        Assert.All(refusals, e => Assert.Equal("REFUSED", (string)e["result"]!));
        Assert.Contains(refusals, e => e["codes"]!.Values<string>().SequenceEqual(["RATE_LIMITED"]));
        Assert.All(refusals, e => Assert.Equal(((string)e["outcome"]!).Split(" ×") is [_, var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1,
            (int)e["count"]!));
        Assert.All(refusals, e => Assert.Contains("closeReportPeriod(input: { period: ", (string)e["input"]!, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_refusal_longer_than_the_audit_columns_is_cut_to_fit_and_does_not_hold_up_the_next()
    {
        // A server of its own: the other test counts every refusal in its server's log.
        await using var factory = new TFactory();
        var fields = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"p{i}: closeReportPeriod(input: {{ period: \"2099-{i % 12 + 1:00}\" }}) {{ errors {{ code }} }}"));
        var statuses = new[]
        {
            await PostAsync(factory, $"mutation Wide {{ {fields} }}", BadToken),
            await PostAsync(factory, "mutation Narrow { openReportPeriod }", BadToken),
        };
        await factory.Services.GetRequiredService<RefusalAudit>().FlushAsync(CancellationToken.None);

        var actions = (await new GraphQLClient(factory.CreateClient(), factory.Token("admin"))
                .QueryAsync("{ auditLog(first: 100) { nodes { action input } } }"))["auditLog"]!["nodes"]!
            .Select(e => (string)e["action"]!).ToList();

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        var wide = Assert.Single(actions, a => a.StartsWith("closeReportPeriod,closeReportPeriod,", StringComparison.Ordinal));
        Assert.Equal((64, '…'), (wide.Length, wide[^1]));
        Assert.Contains("openReportPeriod", actions);
    }
}
