using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Tests.Security;

/// <summary>The switches and limits of the Security section, each on a server of its own.</summary>
public sealed class PolicyTests
{
    private static async Task<GraphQLClient.Response> PostAsync(WuzhongApiFactory factory, string query, string? token = null, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body ?? new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await new GraphQLClient(factory.CreateClient()).SendAsync(request);
    }

    private static string Code(GraphQLClient.Response response) => (string)response.Errors![0]["extensions"]!["code"]!;

    [Fact]
    public async Task A_caller_over_its_rate_gets_429_with_Retry_After_and_mutations_have_a_stricter_rate()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:QueriesPerMinute"] = "5", ["Security:MutationsPerMinute"] = "1" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ targets { totalCount } }\"}", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }
        var token = factory.Token("supervisor");
        var mutations = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            mutations.Add((await PostAsync(factory, "mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }", token)).Status);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], mutations);
    }

    [Fact]
    public async Task An_operation_over_the_time_limit_is_cancelled_and_answered_504_EXECUTION_TIMEOUT_without_an_invitation_to_retry()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:ExecutionTimeoutSeconds"] = "0.5" });
        // Started (migrated, loaded) before the database turns slow.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(factory, "{ targets { totalCount } }")).Status);
        factory.Faults.Slow(TimeSpan.FromSeconds(30));

        var response = await PostAsync(factory, "{ tasks(first: 1000) { nodes { number departments { department { name } } districts { name } } } }");
        factory.Faults.Heal();

        // The database answered the cancellation: the request asked for more than its time, and the same again would too.
        // (A timeout of a microsecond raced the query: on a fast run the query won and nothing timed out.)
        Assert.Equal((HttpStatusCode.GatewayTimeout, "EXECUTION_TIMEOUT", null), (response.Status, Code(response), response.RetryAfter));
    }

    [Fact]
    public async Task A_write_over_the_time_limit_is_answered_503_DATABASE_UNAVAILABLE_with_its_outcome_unknown_and_an_invitation_to_retry()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:ExecutionTimeoutSeconds"] = "0.5" });
        var token = factory.Token("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(factory, "{ targets { totalCount } }")).Status);
        factory.Faults.Slow(TimeSpan.FromSeconds(30));

        var response = await PostAsync(factory, "mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }", token);
        factory.Faults.Heal();
        var period = await PostAsync(factory, "{ reportPeriods(where: { year: { eq: 2023 }, month: { eq: 1 } }) { nodes { isClosed } } }");

        // A write waits for the database (other writers of its task) rather than asking for too much: not a 504.
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE"), (response.Status, Code(response)));
        Assert.NotNull(response.RetryAfter);
        Assert.Contains("may or may not have been written", (string)response.Errors![0]["message"]!);
        Assert.False((bool)period.Data["reportPeriods"]!["nodes"]![0]!["isClosed"]!);
    }

    [Fact]
    public async Task Registered_documents_run_by_id_and_anonymous_callers_can_be_held_to_them()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:TrustedDocumentsOnlyForAnonymous"] = "true" });
        const string Dashboard = "query Totals { tasks { totalCount } targets { totalCount } }";
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (id, _) = await scope.ServiceProvider.GetRequiredService<TrustedDocuments>().RegisterAsync("totals.graphql", Dashboard, CancellationToken.None);
        }

        var byId = await PostAsync(factory, "", body: new { documentId = id });
        var adHoc = await PostAsync(factory, "{ targets { totalCount } }");
        var signedIn = await PostAsync(factory, "{ targets { totalCount } }", factory.Token("viewer"));
        var unknown = await PostAsync(factory, "", body: new { documentId = "sha256:" + new string('0', 64) });

        Assert.Equal((HttpStatusCode.OK, 108), (byId.Status, (int)byId.Data["tasks"]!["totalCount"]!));
        Assert.Equal((HttpStatusCode.Forbidden, "TRUSTED_DOCUMENT_REQUIRED"), (adHoc.Status, Code(adHoc)));
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "PERSISTED_DOCUMENT_NOT_FOUND"), (unknown.Status, Code(unknown)));
    }

    [Fact]
    public async Task Introspection_is_on_by_default_and_can_be_switched_off()
    {
        await using var open = new WuzhongApiFactory();
        await using var closed = new SettingsFactory(new Dictionary<string, string> { ["Security:AllowIntrospection"] = "false" });
        const string Introspection = "{ __schema { queryType { name } } }";

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(open, Introspection)).Status);
        var refused = await PostAsync(closed, Introspection);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(closed, "{ targets { totalCount } }")).Status);
    }

    private sealed class FailingFactory : WuzhongApiFactory
    {
        public List<string> Log { get; } = [];

        public FailOnLeaders Fault { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IInterceptor>(Fault);
                services.AddSingleton<ILoggerProvider>(new ListLoggerProvider(Log));
            });
        }
    }

    /// <summary>A database fault on one table, once armed (after start-up): the kind of error a client must not see the inside of.</summary>
    private sealed class FailOnLeaders : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command,
            CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains("FROM \"Leaders\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("disk on fire at /var/lib/secret")
                : ValueTask.FromResult(result);
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception));
                }
            }
        }
    }

    [Fact]
    public async Task An_unexpected_error_shows_no_details_but_a_correlation_id_the_log_names_too()
    {
        await using var factory = new FailingFactory();
        _ = factory.CreateClient();
        factory.Fault.Armed = true;

        var response = await PostAsync(factory, "{ leaders { nodes { name } } }");

        var error = response.Errors![0];
        var correlationId = (string?)error["extensions"]!["correlationId"];
        Assert.False(string.IsNullOrEmpty(correlationId));
        // Not INVALID_OPERATION (the exception's class): a code clients can rely on.
        Assert.Equal("INTERNAL_SERVER_ERROR", (string)error["extensions"]!["code"]!);
        Assert.DoesNotContain("disk on fire", response.Body.ToString());
        Assert.DoesNotContain("/var/lib", response.Body.ToString());
        lock (factory.Log)
        {
            Assert.Contains(factory.Log, line => line.Contains(correlationId!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Configured_origins_get_CORS_headers_and_others_do_not()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:CorsOrigins:0"] = "https://dashboard.wuzhong.example" });
        var client = factory.CreateClient();

        async Task<string?> AllowedOrigin(string origin)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            using var response = await client.SendAsync(preflight);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://dashboard.wuzhong.example", await AllowedOrigin("https://dashboard.wuzhong.example"));
        Assert.Null(await AllowedOrigin("https://evil.example"));

        // The preflight is cached; a request's answer lets the page read Retry-After, ETag, X-Cache and GraphQL-Cost.
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://dashboard.wuzhong.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var preflightAnswer = await client.SendAsync(preflight);
        Assert.Equal("3600", preflightAnswer.Headers.GetValues("Access-Control-Max-Age").Single());
        using var query = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        query.Headers.Add("Origin", "https://dashboard.wuzhong.example");
        query.Headers.Accept.ParseAdd("application/json");
        using var answer = await client.SendAsync(query);
        var exposed = answer.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(v => v.Split(',')).Select(v => v.Trim()).ToList();
        Assert.Equal(["Retry-After", "ETag", "X-Cache", "GraphQL-Cost"], exposed);
    }
}
