using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Operations;
using Wuzhong.Api.Pipeline;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Data.Sorting;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Api.Subscriptions;

/// <summary>
/// Starts an operation for the WebSocket and SSE transports with the checks of <c>/graphql</c> (trusted documents,
/// length, limits, rate, then depth, cost and authorization while validating) and the caller's subscription limit.
/// Mutations are refused: they go to <c>POST /graphql</c>, where refusals are audited and retries are the client's.
/// </summary>
public static class StreamedOperations
{
    /// <summary>The count all anonymous callers' subscriptions are kept under (no caller key can be this: they start sub: or ip:).</summary>
    private const string AnonymousPool = "anonymous";

    public static async Task<StreamedOperation> StartAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var prepared = await services.GetRequiredService<RequestAdmission>().AdmitAsync(http, request, isGet: false, queriesOnly: false);
        if (prepared.Failure is { } refusal)
        {
            return StreamedOperation.Refused(refusal);
        }
        if (prepared.IsMutation)
        {
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.MutationNotStreamed,
                "Mutations are not taken over a subscription transport; send them with POST /graphql."));
        }

        var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var isSubscription = prepared.IsSubscription;
        var caller = CallerRateLimiter.Caller(http);
        var limits = services.GetRequiredService<CallerSubscriptions>();
        // Anonymous callers are told apart by address only: each address has its places, and all of them together a
        // pool of their own, so that one address cannot hold every place and signed-in callers never wait on them.
        var anonymous = http.User.Identity?.IsAuthenticated != true;
        if (isSubscription && !limits.TryTake(caller, options.MaxPerCaller))
        {
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status429TooManyRequests, ApiErrorCodes.TooManySubscriptions,
                $"This caller already holds {options.MaxPerCaller} subscriptions on this server; complete one first."));
        }
        if (isSubscription && anonymous && !limits.TryTake(AnonymousPool, options.MaxAnonymous))
        {
            limits.Release(caller);
            return StreamedOperation.Refused(new HttpFailure(StatusCodes.Status429TooManyRequests, ApiErrorCodes.TooManySubscriptions,
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

        // A subscription resolves its events in a scope of its own as long as it lasts: a connection lives long, and what
        // one operation read must not serve the next. Anything else runs in the deadline's scope, as on /graphql.
        AsyncServiceScope? scope = isSubscription ? services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope() : null;
        var kept = false;
        try
        {
            using var activity = Telemetry.StartOperation(prepared.Operation);
            // The variables as sent, for what coercion reorders (the keys of a sort object: WrittenOrder), as on /graphql.
            var userContext = new Dictionary<string, object?> { [WrittenOrder.RawVariablesKey] = request.Variables };
            var (result, _, _) = await services.GetRequiredService<OperationExecution>().ExecuteAsync(http, request, prepared.Document, isWrite: false,
                userContext, cancellationToken, scope?.ServiceProvider);
            if (result.Streams is { Count: > 0 } streams && scope is { } eventScope)
            {
                kept = true;
                var buffer = services.GetRequiredService<ChangeFeedOptions>().SubscriberBuffer;
                return StreamedOperation.Streaming(streams.Values.Single(), buffer, eventScope, Release);
            }
            return StreamedOperation.Answered(result);
        }
        finally
        {
            if (!kept && scope is { } unused)
            {
                Release();
                await unused.DisposeAsync();
            }
        }
    }
}
