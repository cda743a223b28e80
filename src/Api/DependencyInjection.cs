using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Caching;
using Wuzhong.Api.Reminders;
using Wuzhong.Api.Circulars;
using Wuzhong.Api.Dashboard;
using Wuzhong.Api.Exports;
using Wuzhong.Api.GraphQL;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Subscriptions;
using Wuzhong.Api.GraphQL.Validation;
using Wuzhong.Api.Http;
using Wuzhong.Api.Operations;
using Wuzhong.Api.Pipeline;
using Wuzhong.Api.Security;
using Wuzhong.Api.Subscriptions;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.GraphQLEngine.Nodes;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api;

public static class DependencyInjection
{
    /// <summary>The GraphQL schema, its executer and the HTTP endpoint's options.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.SectionName));
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName));
        builder.Services.Configure<ExportOptions>(builder.Configuration.GetSection(ExportOptions.SectionName));
        builder.Services.AddScoped<BatchLoaders>();
        // The engine reads through the request's DbContext and checks filter values against the Domain's storage rule.
        builder.Services.AddScoped<DbContext>(services => services.GetRequiredService<WuzhongDbContext>());
        builder.Services.AddSingleton<IFilterValueRules, StoredValueRules>();
        // One section for the operator, two classes by who reads them: the engine's limits and the API's policy.
        builder.Services.Configure<RequestLimitOptions>(builder.Configuration.GetSection(RequestLimitOptions.SectionName));
        builder.Services.Configure<SecurityPolicyOptions>(builder.Configuration.GetSection(SecurityPolicyOptions.SectionName));
        builder.Services.AddSingleton<CallerRateLimiter>();
        builder.Services.AddSingleton<AutomaticPersistedQueries>();
        builder.Services.AddHostedService(services => services.GetRequiredService<CallerRateLimiter>());
        builder.Services.Configure<ReminderOptions>(builder.Configuration.GetSection(ReminderOptions.SectionName));
        builder.Services.AddHttpClient(ReminderSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<ReminderSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReminderSender>());
        builder.Services.AddSingleton(_ => builder.Configuration.GetSection(ResponseCacheOptions.SectionName).Get<ResponseCacheOptions>() ?? new ResponseCacheOptions());
        // The response cache follows the change feed (decision 6): each change this process takes in, whoever committed it,
        // drops the answers it can affect; a reset (the feed lost its place) drops them all. This is the one place they meet.
        builder.Services.AddSingleton(services =>
        {
            var cache = ActivatorUtilities.CreateInstance<ResponseCache>(services);
            var feed = services.GetRequiredService<ChangeFeed>();
            feed.Changed += cache.Take;
            feed.Reset += cache.DropAll;
            return cache;
        });
        builder.Services.AddSingleton<ParsedDocuments>();
        // A request's way through (docs/architecture.md): admission, the cache's word, execution; every transport uses them.
        builder.Services.AddSingleton<RequestAdmission>();
        builder.Services.AddSingleton<AnswerCache>();
        builder.Services.AddSingleton<OperationExecution>();
        builder.Services.AddSingleton<MutationRefusals>();
        builder.Services.AddSingleton<GraphQLRequestPipeline>();
        builder.Services.Configure<SubscriptionOptions>(builder.Configuration.GetSection(SubscriptionOptions.SectionName));
        builder.Services.AddSingleton<CallerSubscriptions>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddCors();
        builder.AddBearerTokens();
        builder.AddOperations();

        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<WuzhongSchema>()
            .AddGraphTypes(typeof(WuzhongSchema).Assembly)
            .AddGraphTypes(typeof(NodeInterface).Assembly)
            .AddSystemTextJson(json =>
            {
                // Chinese text is sent as UTF-8, not \uXXXX escapes: responses are JSON, never inlined in HTML.
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            })
            // One DbContext serves a request; resolvers must not run at once. Batching keeps it to one SQL per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(OperationType.Subscription)
            .AddValidationRule<AuthorizationValidationRule>()
            .ConfigureExecutionOptions(options =>
            {
                // Introspection is on by default (analysts explore the schema); Security:AllowIntrospection=false refuses it,
                // Security:AllowAnonymousIntrospection=false refuses it to callers without a token.
                var security = options.RequestServices?.GetService<IOptions<SecurityPolicyOptions>>()?.Value;
                if (security is { AllowIntrospection: false }
                    || (security is { AllowAnonymousIntrospection: false } && options.User?.Identity?.IsAuthenticated != true))
                {
                    options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
                }
            })
            .AddErrorInfoProvider<WuzhongErrorInfoProvider>()
            .AddUnhandledExceptionHandler(context =>
            {
                // The same correlation id goes to the client (WuzhongErrorInfoProvider) and to this log line.
                var services = context.Context?.RequestServices;
                var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("Wuzhong.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error {CorrelationId} in {Operation}",
                    services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier, context.Context?.Operation?.Name?.Value ?? "(anonymous)");
            }));
        // Decorates the validator GraphQL.NET registered: the limits first, then the rules with their errors capped; a known
        // document is checked only by the rules that can change.
        builder.Services.AddSingleton<IDocumentValidator>(services => new BoundedDocumentValidator(new KnownDocumentValidator(new DocumentValidator()),
            services.GetRequiredService<IOptions<RequestLimitOptions>>(), services.GetRequiredService<IOptions<PagingOptions>>()));
        return builder;
    }

    /// <summary>Health checks, and OpenTelemetry traces and metrics (exported over OTLP when an endpoint is configured).</summary>
    private static void AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<HealthOptions>(builder.Configuration.GetSection(HealthOptions.SectionName));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        // OTEL_EXPORTER_OTLP_ENDPOINT (or OpenTelemetry:OtlpEndpoint) turns telemetry on; without it nothing leaves the
        // process, and nothing is recorded either: a listener that samples every request and SQL command for no
        // exporter cost a tenth of a small query's time (docs/benchmarks.md).
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrEmpty(endpoint))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("wuzhong-api"))
                .WithTracing(tracing => tracing.AddSource(Telemetry.Name).AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation())
                .WithMetrics(metrics => metrics.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }
    }

    /// <summary>JWT bearer authentication with the configured (or generated development) signing key.</summary>
    private static void AddBearerTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.SectionName));
        builder.Services.AddSingleton(services => SigningKey.Resolve(builder.Configuration, builder.Environment,
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Wuzhong.Auth")));
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddSingleton<BearerTokens>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SymmetricSecurityKey, IOptions<AuthOptions>>((jwt, key, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = TokenPolicy.Parameters(auth.Value, key);
                // One handler checks every token, HTTP's and a WebSocket's alike (BearerTokens).
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(new PolicyTokenHandler(auth.Value) { MapInboundClaims = false });
            });
    }

    /// <summary>The endpoints: <c>/graphql</c>, behind bearer authentication, and the dashboard's page.</summary>
    public static WebApplication MapWuzhong(this WebApplication app)
    {
        var security = app.Services.GetRequiredService<IOptions<SecurityPolicyOptions>>().Value;
        if (security.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders(TrustedProxies.Options(security.TrustedProxies));
        }
        app.UseSecurityHeaders(DashboardPage.Path, DashboardPage.ContentSecurityPolicy);
        var origins = security.CorsOrigins;
        if (origins.Length > 0)
        {
            // A browser app may read what tells it to wait (Retry-After), whether an answer changed (ETag), where it came
            // from (X-Cache) and what it cost (GraphQL-Cost); a preflight is cached for an hour.
            app.UseCors(policy => policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST")
                .WithExposedHeaders("Retry-After", "ETag", "X-Cache", OperationExecution.CostHeader)
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        }
        app.UseAuthentication();
        app.UseWebSockets();
        app.UseIde();
        app.MapDashboard();
        app.MapCirculars();
        app.MapGraphQLEndpoint();
        app.MapExportEndpoints();
        app.MapHealth();
        return app;
    }

    /// <summary>Migrates the database, loads the bundled plan into an empty one and registers the dashboard's documents; a clear message, not a stack trace, when it cannot.</summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            await DashboardDocuments.RegisterAsync(scope.ServiceProvider.GetRequiredService<TrustedDocuments>(), app.Lifetime.ApplicationStopping);
            return await GeneratedKeyGuard.HoldAsync(app, scope.ServiceProvider.GetRequiredService<WuzhongDbContext>(), app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            app.Logger.LogCritical("Cannot prepare the database: {Message}", e.Message);
            return false;
        }
    }
}
