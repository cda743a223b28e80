using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine;
using Wuzhong.GraphQLEngine.Execution;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// The one way into execution, for every transport (<c>/graphql</c>, exports, the circular, SSE, WebSocket): who the
/// caller is, then for a document its trusted text, length, parsing, the operation it selects, the document's limits
/// and kind, then the caller's rate. Depth and cost are checked while validating (<c>BoundedDocumentValidator</c>).
/// </summary>
public sealed class RequestAdmission(IOptions<RequestLimitOptions> limits, IOptions<SecurityPolicyOptions> policy, IOptions<AuthOptions> auth,
    ParsedDocuments documents, AutomaticPersistedQueries persistedQueries, CallerRateLimiter rates)
{
    /// <summary>A token that did not authenticate is refused (not read as anonymous); anonymous reading may be closed.</summary>
    public HttpFailure? CheckCaller(HttpContext http)
    {
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        if (!authenticated && http.Request.Headers.Authorization.Count > 0)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return new HttpFailure(StatusCodes.Status401Unauthorized, ApiErrorCodes.InvalidToken, BearerTokens.InvalidTokenMessage);
        }
        if (!authenticated && !auth.Value.AllowAnonymousRead)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return new HttpFailure(StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, BearerTokens.TokenRequiredMessage);
        }
        return null;
    }

    /// <summary>The caller's rate (<see cref="CallerRateLimiter"/>): null to go on, or 429 with the seconds until the next minute.</summary>
    public HttpFailure? CheckRate(HttpContext http, bool mutation)
    {
        var admission = rates.Acquire(http, mutation);
        if (admission.Allowed)
        {
            return null;
        }
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(admission.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new HttpFailure(StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimited, "Too many requests from this caller; wait and try again.");
    }

    /// <summary>
    /// The checks of a request's document before it runs: a trusted document's text, the length, parsing (a document that
    /// does not parse is left to the executer, which reports where), the document's limits and kind, then the caller's rate.
    /// </summary>
    /// <param name="isGet">The request came with GET: queries only.</param>
    /// <param name="queriesOnly">Refuse anything but a query (exports: a client that retries one must not write twice).</param>
    public async Task<AdmittedRequest> AdmitAsync(HttpContext http, GraphQLRequest request, bool isGet, bool queriesOnly)
    {
        var limit = limits.Value;
        var failure = await ResolveTrustedDocumentAsync(http, request);
        failure ??= request.Query!.Length > limit.MaxQueryLength
            ? new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLong,
                $"The document has {request.Query.Length} characters; at most {limit.MaxQueryLength} are accepted.")
            : null;
        failure ??= request.OperationName is { Length: var nameLength } && nameLength > limit.MaxOperationNameLength
            ? new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.OperationNameTooLong,
                $"The operation name has {nameLength} characters; at most {limit.MaxOperationNameLength} are accepted.")
            : null;
        if (failure is not null)
        {
            return AdmittedRequest.Refused(failure.Value);
        }

        var parsed = documents.Parse(request.Query!);
        var operation = parsed.Document is null ? null : OperationOf(parsed.Document, request.OperationName);
        if (operation is not null)
        {
            // The executer runs the operation every check below was made on, whatever name (none, "", another spelling)
            // selected it: one selection for every transport, never one here and another there.
            request.OperationName = operation.Name?.StringValue;
        }
        failure = parsed.Failure ?? (parsed.Document is null ? null
            : CheckLimits(parsed, limit) ?? (operation is null ? OperationNotFound(parsed.Document, request.OperationName) : CheckKind(operation, isGet, queriesOnly)));
        if (failure is not null)
        {
            if (failure.Value.Status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "POST";
            }
            return AdmittedRequest.Refused(failure.Value, parsed, operation);
        }
        return new AdmittedRequest(parsed, operation, CheckRate(http, operation?.Operation == OperationType.Mutation));
    }

    /// <summary>
    /// The operation a request selects, by GraphQL.NET's rule: no name or an empty one selects the document's only
    /// operation; any other name (" " too) the operation of exactly that name. Null when none is selected.
    /// </summary>
    public static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    /// <summary>
    /// Puts a registered document's text in the request (by documentId, or by the hash of Apollo's automatic persisted
    /// queries); refuses unknown ids, mismatches, and ad-hoc documents where only trusted ones are allowed.
    /// </summary>
    private async Task<HttpFailure?> ResolveTrustedDocumentAsync(HttpContext http, GraphQLRequest request)
    {
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        var mayRunAdHoc = !(policy.Value.TrustedDocumentsOnlyForAnonymous && !authenticated);
        var (persisted, problem) = PersistedQueryExtension.Read(request.Extensions);
        if (problem is not null)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.PersistedQueryInvalid, problem);
        }
        if (persisted is not null && request.DocumentId is null)
        {
            var (failure, registered) = await persistedQueries.ResolveAsync(request, persisted, mayRunAdHoc, id => FindRegisteredAsync(http, id));
            if (failure is not null || registered || mayRunAdHoc)
            {
                return failure;
            }
        }
        if (request.DocumentId is { } documentId)
        {
            var (failure, body) = await FindRegisteredAsync(http, documentId);
            if (failure is not null)
            {
                return failure;
            }
            if (body is null)
            {
                return new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.DocumentNotFound,
                    $"No registered document has the id \"{documentId}\" (ids are sha256:<hash>; see register-documents).");
            }
            if (request.Query is not null && request.Query != body)
            {
                return new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.DocumentMismatch, "The query differs from the registered document of that id.");
            }
            request.Query = body;
            return null;
        }
        return !mayRunAdHoc
            ? new HttpFailure(StatusCodes.Status403Forbidden, ApiErrorCodes.TrustedDocumentRequired,
                "Anonymous callers may only run registered documents: send a documentId, or sign in for ad-hoc queries.")
            : null;
    }

    /// <summary>The text of a registered document (null when there is none), or the refusal when the database did not answer in time.</summary>
    private async Task<(HttpFailure? Failure, string? Body)> FindRegisteredAsync(HttpContext http, string documentId)
    {
        try
        {
            var (finished, body) = await Deadline.RunAsync(http.RequestServices, TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds),
                scoped => scoped.GetRequiredService<TrustedDocuments>().FindAsync(documentId, http.RequestAborted));
            return finished ? (null, body) : (DatabaseUnavailable.Refusal(http), null);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            return (DatabaseUnavailable.Refusal(http), null);
        }
    }

    /// <summary>A query over GET, and only a query where <paramref name="queriesOnly"/> (exports).</summary>
    private static HttpFailure? CheckKind(GraphQLOperationDefinition operation, bool isGet, bool queriesOnly)
    {
        if (isGet && operation.Operation != OperationType.Query)
        {
            return new HttpFailure(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.");
        }
        if (queriesOnly && operation.Operation != OperationType.Query)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.QueryRequired,
                $"Only a query can be exported, not a {operation.Operation.ToString().ToLowerInvariant()}; send mutations to /graphql.");
        }
        return null;
    }

    private static HttpFailure? CheckLimits(ParsedDocument document, RequestLimitOptions limit)
    {
        var (operations, inputDepth, aliases) = document.Limits;
        if (operations > limit.MaxOperations)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.TooManyOperations,
                $"The document holds {operations} operations; at most {limit.MaxOperations} are accepted.");
        }
        if (inputDepth > limit.MaxInputDepth)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InputTooDeep, DocumentLimits.InputTooDeep(inputDepth, limit.MaxInputDepth));
        }
        if (aliases > limit.MaxAliases)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.TooManyAliases,
                $"The document uses {aliases} aliases; at most {limit.MaxAliases} are accepted.");
        }
        return null;
    }

    private static HttpFailure OperationNotFound(GraphQLDocument document, string? operationName)
    {
        var count = document.Definitions.OfType<GraphQLOperationDefinition>().Count();
        return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.OperationNotFound,
            string.IsNullOrEmpty(operationName)
                ? count == 0 ? "The document holds no operation." : $"The document holds {count} operations; name the one to run with operationName."
                : $"The document holds no operation named \"{operationName}\".");
    }
}
