using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Wuzhong.Api.GraphQL;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.Http;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api;

public static class DependencyInjection
{
    /// <summary>The GraphQL schema, its executer and the HTTP endpoint's options.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.SectionName));
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName));
        builder.Services.AddScoped<BatchLoaders>();

        var development = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<WuzhongSchema>()
            .AddGraphTypes(typeof(WuzhongSchema).Assembly)
            .AddSystemTextJson(json =>
            {
                // Chinese text is sent as UTF-8, not \uXXXX escapes: responses are JSON, never inlined in HTML.
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            })
            // One DbContext serves a request; resolvers must not run at once. Batching keeps it to one SQL per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = development)
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Wuzhong.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error in {Operation}", context.Context?.Operation?.Name?.Value ?? "(anonymous)");
            }));
        return builder;
    }

    /// <summary>The endpoints: <c>/graphql</c>.</summary>
    public static WebApplication MapWuzhong(this WebApplication app)
    {
        app.MapGraphQLEndpoint();
        return app;
    }

    /// <summary>Migrates the database and loads the bundled plan into an empty one; a clear message, not a stack trace, when it cannot.</summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            app.Logger.LogCritical("Cannot prepare the database: {Message}", e.Message);
            return false;
        }
    }
}
