using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Caching;
using Wuzhong.Api.Pipeline;
using Wuzhong.Api.Subscriptions;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Http;

/// <summary>
/// The GraphQL endpoint's route: a WebSocket upgrade (graphql-transport-ws), a request preferring text/event-stream
/// (graphql-sse), a browser asking for the IDE, or a GraphQL-over-HTTP request (POST with application/json, GET with a
/// query string), which <see cref="GraphQLRequestPipeline"/> takes from the method to the outcome and
/// <see cref="AnswerCache"/> writes. Request errors are 400 in application/graphql-response+json, 200 in
/// application/json, as the specification says.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        endpoints.Map(options.Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, GraphQLRequestPipeline pipeline, AnswerCache answers, ILoggerFactory logging)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketSession.AcceptAsync(http);
            return;
        }
        if (ServerSentEvents.Wants(http))
        {
            await ServerSentEvents.ServeAsync(http);
            return;
        }
        if (IdePage.Wants(http))
        {
            await IdePage.ServeAsync(http);
            return;
        }
        // A client that prefers JSON but accepts a stream (urql's default) gets its subscriptions as a stream: the body
        // is kept so that the stream can read it again once the operation turns out to be one.
        var streamable = ServerSentEvents.Accepts(http);
        if (streamable)
        {
            http.Request.EnableBuffering();
        }
        var (outcome, admitted, lookup) = await pipeline.ProcessAsync(http, allowGet: true, queriesOnly: false);
        if (streamable && admitted is { Operation.Operation: OperationType.Subscription }
            && outcome.Result.Errors?.Any(e => e.Code == ApiErrorCodes.SubscriptionNeedsStream) == true)
        {
            http.Request.Body.Position = 0;
            http.Response.Headers.Remove(CachedAnswer.Header);
            await ServerSentEvents.ServeAsync(http);
            return;
        }
        await answers.WriteAsync(http, outcome, lookup);
        GraphQLResponses.Log(logging, http, outcome);
    }
}
