using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using Npgsql;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Reliability;

/// <summary>A server whose requests time out after one second and whose readiness check waits one second.</summary>
public sealed class ShortTimeoutSqliteFactory : WuzhongApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => DatabaseOutageTests<ShortTimeoutSqliteFactory>.ShortTimeouts;
}

public sealed class ShortTimeoutPostgreSqlFactory : PostgreSqlApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => DatabaseOutageTests<ShortTimeoutPostgreSqlFactory>.ShortTimeouts;
}

public sealed class DatabaseOutageTestsOnSqlite(ShortTimeoutSqliteFactory factory) : DatabaseOutageTests<ShortTimeoutSqliteFactory>(factory)
{
    protected override Exception Refusal() => new SqliteException("database is locked", 5);
}

public sealed class DatabaseOutageTestsOnPostgreSql(ShortTimeoutPostgreSqlFactory factory) : DatabaseOutageTests<ShortTimeoutPostgreSqlFactory>(factory)
{
    protected override Exception Refusal() => new NpgsqlException("Exception while reading from stream", new IOException("Connection reset by peer"));
}

/// <summary>
/// A database that refuses or hangs: every request gets 503 DATABASE_UNAVAILABLE with Retry-After, within a second
/// of the execution timeout, never a driver's name; readiness says so in time; the next request after the database
/// comes back is answered normally, without a restart.
/// </summary>
public abstract class DatabaseOutageTests<TFactory> : IClassFixture<TFactory>, IDisposable where TFactory : WuzhongApiFactory
{
    public static readonly IReadOnlyDictionary<string, string> ShortTimeouts = new Dictionary<string, string>
    {
        ["Security:ExecutionTimeoutSeconds"] = "1",
        ["Health:TimeoutSeconds"] = "1",
    };

    private const string Headline = "{ tasks(first: 3) { totalCount nodes { number latestStatus } } }";
    private const string Submit = """
        mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { errors { code } } }
        """;

    private readonly TFactory _factory;

    protected DatabaseOutageTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _factory.Clock.Now = new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));
    }

    /// <summary>What this provider's driver throws when the database is unreachable or busy.</summary>
    protected abstract Exception Refusal();

    public void Dispose() => _factory.Faults.Heal();

    private async Task<(HttpStatusCode Status, string? RetryAfter, JToken Body, TimeSpan Took)> PostAsync(string query, object? variables = null, string? token = null)
    {
        // Fresh answers: the injector fails EF's commands, and a kept answer is checked by a plain read of the version that
        // it cannot reach. The kept answers under a real outage (PostgreSQL frozen, then stopped) are the fault suite's.
        using var client = _factory.CreateClient().AskingFresh();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JToken.Parse(text), clock.Elapsed);
    }

    private static void AssertUnavailable((HttpStatusCode Status, string? RetryAfter, JToken Body, TimeSpan Took) answer)
    {
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "5"), (answer.Status, answer.RetryAfter));
        var codes = answer.Body["errors"]!.Select(e => (string)e["extensions"]!["code"]!).Distinct();
        Assert.Equal(["DATABASE_UNAVAILABLE"], codes);
        Assert.DoesNotContain("Exception", answer.Body.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_database_that_refuses_connections_gives_503_DATABASE_UNAVAILABLE_and_the_next_request_after_it_recovers_succeeds()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Headline)).Status);

        _factory.Faults.Fail(Refusal);
        var refused = await PostAsync(Headline);
        _factory.Faults.Heal();
        var recovered = await PostAsync(Headline);

        AssertUnavailable(refused);
        Assert.Equal(["tasks"], refused.Body["errors"]![0]!["path"]!.Select(p => (string)p!));
        Assert.Equal((HttpStatusCode.OK, 108), (recovered.Status, (int)recovered.Body["data"]!["tasks"]!["totalCount"]!));
    }

    [SkippableFact]
    public async Task A_database_that_hangs_is_answered_503_within_a_second_of_the_execution_timeout()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Headline)).Status);

        _factory.Faults.Hang();
        var hung = await PostAsync(Headline);
        _factory.Faults.Heal();

        AssertUnavailable(hung);
        Assert.True(hung.Took < TimeSpan.FromSeconds(2), $"answered after {hung.Took.TotalSeconds:0.0} s; the limit is 1 s");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Headline)).Status);
    }

    [SkippableFact]
    public async Task A_report_sent_while_the_database_hangs_is_told_its_outcome_is_unknown_not_that_it_failed()
    {
        var taskId = (string)(await PostAsync("{ tasks(where: { number: { eq: 44 } }) { nodes { id } } }")).Body["data"]!["tasks"]!["nodes"]![0]!["id"]!;
        var input = new { input = new { taskId, period = "2023-03", status = "ON_TRACK", progressPercent = 40, summary = "推进中" } };

        _factory.Faults.Hang();
        var hung = await PostAsync(Submit, input, _factory.Token("reporter", "资规分局"));
        _factory.Faults.Heal();

        AssertUnavailable(hung);
        Assert.Contains("may or may not have been written", (string)hung.Body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Readiness_answers_unhealthy_within_its_own_timeout_while_the_database_hangs_and_healthy_after()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        _factory.Faults.Hang();
        var clock = Stopwatch.StartNew();
        using var hung = await client.GetAsync("/health/ready");
        var took = clock.Elapsed;
        _factory.Faults.Heal();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, hung.StatusCode);
        Assert.Contains("did not answer within 1 s", await hung.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(2), $"answered after {took.TotalSeconds:0.0} s; the limit is 1 s");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
