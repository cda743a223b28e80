using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Http;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Api.Subscriptions;

/// <summary>
/// Starts an operation for the WebSocket and SSE transports with the checks of <c>/graphql</c> (trusted documents,
/// length, limits, rate, then depth, cost and authorization while validating) and the caller's subscription limit.
/// Mutations are refused: they go to <c>POST /graphql</c>, where refusals are audited and retries are the client's.
/// </summary>
public static class StreamedOperations
{
    public const string MutationNotStreamed = "MUTATION_NOT_STREAMED";
    /// <summary>A subscription sent as a plain request: it needs a stream (SSE or a WebSocket) to send its events on.</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>The count all anonymous callers' subscriptions are kept under (no caller key can be this: they start sub: or ip:).</summary>
    private const string AnonymousPool = "anonymous";

    public static async Task<StreamedOperation> StartAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        var prepared = await GraphQLHttpEndpoint.PrepareAsync(http, request, null, authenticated, isGet: false, queriesOnly: false);
        if (prepared.Failure is { } refusal)
        {
            return StreamedOperation.Refused(refusal);
        }
        if (prepared.Operation?.Operation == OperationType.Mutation)
        {
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status400BadRequest, MutationNotStreamed,
                "Mutations are not taken over a subscription transport; send them with POST /graphql."));
        }

        var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var isSubscription = prepared.Operation?.Operation == OperationType.Subscription;
        var caller = CallerRateLimiter.Caller(http);
        var limits = services.GetRequiredService<CallerSubscriptions>();
        // Anonymous callers are told apart by address only: each address has its places, and all of them together a
        // pool of their own, so that one address cannot hold every place and signed-in callers never wait on them.
        var anonymous = http.User.Identity?.IsAuthenticated != true;
        if (isSubscription && !limits.TryTake(caller, options.MaxPerCaller))
        {
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status429TooManyRequests, TooManySubscriptions,
                $"This caller already holds {options.MaxPerCaller} subscriptions on this server; complete one first."));
        }
        if (isSubscription && anonymous && !limits.TryTake(AnonymousPool, options.MaxAnonymous))
        {
            limits.Release(caller);
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status429TooManyRequests, TooManySubscriptions,
                $"Anonymous callers already hold {options.MaxAnonymous} subscriptions on this server; sign in, or try again later."));
        }
        void Release()
        {
            limits.Release(caller);
            if (anonymous)
            {
                limits.Release(AnonymousPool);
            }
        }

        // Each operation has a scope of its own: a connection lives long, and what one operation read must not serve the next.
        var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var kept = false;
        try
        {
            var security = services.GetRequiredService<IOptions<SecurityOptions>>().Value;
            var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
            {
                UserContext = new Dictionary<string, object?>(),
                Query = request.Query,
                Document = prepared.Document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = scope.ServiceProvider,
                User = http.User,
                CancellationToken = cancellationToken,
                // A subscription's first step only subscribes; its events run as long as it lasts.
                Timeout = isSubscription ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(security.ExecutionTimeoutSeconds),
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
            });
            if (result.Streams is { Count: > 0 } streams)
            {
                kept = true;
                var buffer = services.GetRequiredService<ChangeFeedOptions>().SubscriberBuffer;
                return StreamedOperation.Streaming(streams.Values.Single(), buffer, scope, Release);
            }
            return StreamedOperation.Answered(result);
        }
        finally
        {
            if (!kept)
            {
                if (isSubscription)
                {
                    Release();
                }
                await scope.DisposeAsync();
            }
        }
    }
}
