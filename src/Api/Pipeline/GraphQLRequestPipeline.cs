using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Caching;
using Wuzhong.Api.Subscriptions;
using Wuzhong.GraphQLEngine;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// A GraphQL request over plain HTTP (<c>/graphql</c> and the exports), from the method to the outcome: method and
/// media type, the caller, reading the request, <see cref="RequestAdmission"/>, the <see cref="AnswerCache"/>'s word,
/// <see cref="OperationExecution"/>, and the audit of a refused mutation. Writing the answer is the endpoint's.
/// </summary>
public sealed class GraphQLRequestPipeline(RequestAdmission admission, AnswerCache answers, OperationExecution execution,
    IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> transport, MutationRefusals refusals)
{
    /// <summary>What a request came to, and the cache's word on it (null when its answer is never kept).</summary>
    public sealed record Processed(GraphQLOutcome Outcome, AdmittedRequest? Admitted, CacheLookup? Cache);

    /// <param name="allowGet">GET is taken and the answer may be cached (<c>/graphql</c>); else POST only, answered in JSON (exports).</param>
    /// <param name="queriesOnly">Refuse anything but a query before it runs (exports: a client that retries one must not write twice).</param>
    /// <param name="tables">Whole tables wanted (exports): the page and cost limit of connections that are tables of their own.</param>
    public async Task<Processed> ProcessAsync(HttpContext http, bool allowGet, bool queriesOnly, TablePaging? tables = null)
    {
        var started = Stopwatch.GetTimestamp();
        var processed = await RunAsync(http, allowGet, queriesOnly, tables, started);
        refusals.AuditIfRefused(http, processed.Outcome.Request, processed.Admitted?.Operation, processed.Outcome);
        return processed;
    }

    private async Task<Processed> RunAsync(HttpContext http, bool allowGet, bool queriesOnly, TablePaging? tables, long started)
    {
        Processed Refuse(string media, HttpFailure failure, GraphQLRequest? request = null, AdmittedRequest? admitted = null) =>
            new(new GraphQLOutcome(media, failure.Status, failure.ToResult(), admitted?.OperationName, 0, Stopwatch.GetElapsedTime(started), request), admitted, null);

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if ((!isGet || !allowGet) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = allowGet ? "GET, POST" : "POST";
            return Refuse(MediaTypes.Json, new HttpFailure(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"{http.Request.Method} is not allowed: send queries with GET or POST, mutations with POST."));
        }
        var mediaType = allowGet ? MediaTypes.Negotiate(http.Request.Headers.Accept) : MediaTypes.Json;
        if (mediaType is null)
        {
            return Refuse(MediaTypes.Json, new HttpFailure(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"None of the accepted media types can be served; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
        }

        // The caller is refused before anything runs, but the body is read first: a refused mutation is audited with
        // what it asked for.
        var refused = admission.CheckCaller(http);
        var (request, failure) = isGet
            ? GraphQLRequestReader.FromQueryString(http.Request, serializer)
            : await GraphQLRequestReader.FromBodyAsync(http.Request, serializer, transport.Value);
        if ((refused ?? failure) is { } early)
        {
            return Refuse(mediaType, early, request);
        }
        var admitted = await admission.AdmitAsync(http, request!, isGet, queriesOnly);
        if (admitted.Failure is { } refusal)
        {
            return Refuse(mediaType, refusal, request, admitted);
        }
        if (admitted.IsSubscription)
        {
            // Executed here it would answer { "data": null }: a subscription's events need a stream to go out on.
            return Refuse(mediaType, new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.SubscriptionNeedsStream,
                "A subscription needs a stream: send it accepting text/event-stream (graphql-sse) or over a WebSocket (graphql-transport-ws)."),
                request, admitted);
        }

        var lookup = allowGet ? await answers.LookUpAsync(http, request!, admitted, mediaType) : null;
        if (lookup is { Unavailable: true })
        {
            return Refuse(mediaType, DatabaseUnavailable.Refusal(http), request, admitted);
        }
        if (lookup is { Hit: not null })
        {
            return new Processed(new GraphQLOutcome(mediaType, StatusCodes.Status200OK, new ExecutionResult { Executed = true }, admitted.OperationName, 0,
                Stopwatch.GetElapsedTime(started), request), admitted, lookup);
        }
        return new Processed(await execution.RunAsync(http, request!, admitted, mediaType, tables, started), admitted, lookup);
    }
}
