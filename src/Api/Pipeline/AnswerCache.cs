using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Caching;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// The response cache as a request of <c>/graphql</c> meets it, in one place: whether its answer may be kept, the kept
/// answer, and writing the answer (hit, miss kept for the next caller, or bypass). Wired to the change feed as decision 6
/// says (<see cref="ResponseCache"/>).
/// </summary>
public sealed class AnswerCache(ResponseCache cache, ISchema schema, IGraphQLTextSerializer serializer, IOptions<RequestLimitOptions> limits)
{
    /// <summary>
    /// The cache's word on a request: null when its answer is never kept (not a query, introspection, the audit log, a
    /// cost report, caching off); else a kept answer or a ticket to keep the new one.
    /// </summary>
    public async Task<CacheLookup?> LookUpAsync(HttpContext http, GraphQLRequest request, AdmittedRequest admitted, string mediaType)
    {
        if (admitted is not { Operation: { Operation: OperationType.Query } operation, Parsed: { } parsed } || OperationExecution.WantsCost(http)
            || !cache.Enabled || parsed.DependencyOf(schema, operation) is not { } dependency)
        {
            return null;
        }
        var key = ResponseCacheKey.For(http, request, parsed.PrintedHash, mediaType, serializer);
        var fresh = http.Request.Headers.CacheControl.Any(value => value?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true);
        return await cache.LookupAsync(key, dependency, fresh, TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds), http.RequestAborted);
    }

    /// <summary>
    /// Writes the answer: the kept one on a hit; a complete new answer kept under its ticket; anything else as it is.
    /// GET and trusted-document requests may be answered 304 Not Modified (their text is in the URL or registered).
    /// </summary>
    public async Task WriteAsync(HttpContext http, GraphQLOutcome outcome, CacheLookup? lookup)
    {
        var revalidates = HttpMethods.IsGet(http.Request.Method) || outcome.Request?.DocumentId is not null;
        if (lookup?.Hit is { } hit)
        {
            await CachedAnswer.WriteAsync(http, hit, CachedAnswer.Hit, revalidates);
        }
        else if (lookup?.Ticket is { } ticket && outcome is { Status: StatusCodes.Status200OK, Result.Executed: true, Result.Errors: null or { Count: 0 } })
        {
            var answer = cache.Store(ticket, await CachedAnswer.SerializeAsync(serializer, outcome.Result, http.RequestAborted), outcome.MediaType);
            await CachedAnswer.WriteAsync(http, answer, CachedAnswer.Miss, revalidates);
        }
        else
        {
            if (cache.Enabled)
            {
                http.Response.Headers[CachedAnswer.Header] = CachedAnswer.Bypass;
            }
            await GraphQLResponses.WriteAsync(http, serializer, outcome.MediaType, outcome.Status, outcome.Result);
        }
    }
}
