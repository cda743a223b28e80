using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Caching;
using Wuzhong.Api.Operations;
using Wuzhong.Api.Security;
using Wuzhong.Api.Subscriptions;
using Wuzhong.GraphQLEngine;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Execution;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST with application/json (any operation) or GET with a query string
/// (queries only); answers in application/graphql-response+json, or application/json for clients that ask for it.
/// Request errors (unreadable JSON, a document that does not parse or validate) are 400 in the former, 200 in
/// the latter, as the specification says. Before anything runs, the request is held to the limits of
/// <see cref="SecurityOptions"/>: size, length, aliases, operations, trusted documents, rate, then (while validating)
/// depth and cost. A query's answer may come from the <see cref="ResponseCache"/> (<c>X-Cache</c>), and the same path
/// takes subscriptions: a WebSocket upgrade (graphql-transport-ws) or a request accepting text/event-stream (graphql-sse).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string CostHeader = "GraphQL-Cost";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        endpoints.Map(options.Path, HandleAsync);
        endpoints.MapPost("/export.csv", CsvExport.HandleAsync);
        endpoints.MapPost("/export.xlsx", XlsxExport.HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer, ILoggerFactory logging)
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
        var read = new ReadRequest();
        var outcome = await RunAsync(http, read, allowGet: true, queriesOnly: false);
        if (streamable && read.Operation is { Operation: OperationType.Subscription } && outcome.Result.Errors?.Any(e => e.Code == StreamedOperations.SubscriptionNeedsStream) == true)
        {
            http.Request.Body.Position = 0;
            http.Response.Headers.Remove(CachedAnswer.Header);
            await ServerSentEvents.ServeAsync(http);
            return;
        }
        var cache = http.RequestServices.GetRequiredService<ResponseCache>();
        if (read.Hit is { } hit)
        {
            await CachedAnswer.WriteAsync(http, hit, CachedAnswer.Hit, Revalidates(http, read));
        }
        else if (read.Cache is { } ticket && outcome is { Status: StatusCodes.Status200OK, Result.Executed: true, Result.Errors: null or { Count: 0 } })
        {
            var answer = cache.Store(ticket, await CachedAnswer.SerializeAsync(serializer, outcome.Result, http.RequestAborted), outcome.MediaType);
            await CachedAnswer.WriteAsync(http, answer, CachedAnswer.Miss, Revalidates(http, read));
        }
        else
        {
            if (cache.Enabled)
            {
                http.Response.Headers[CachedAnswer.Header] = CachedAnswer.Bypass;
            }
            await WriteAsync(http, serializer, outcome.MediaType, outcome.Status, outcome.Result);
        }
        Log(logging, http, outcome);
    }

    /// <summary>GET and trusted-document requests may be answered 304 Not Modified (their text is in the URL or registered).</summary>
    private static bool Revalidates(HttpContext http, ReadRequest read) => HttpMethods.IsGet(http.Request.Method) || read.Request?.DocumentId is not null;

    /// <summary>One structured line per request: operation, status, duration, cost, errors.</summary>
    public static void Log(ILoggerFactory logging, HttpContext http, GraphQLOutcome outcome) =>
        logging.CreateLogger("Wuzhong.Http").LogInformation("{Method} {Path} {Operation} {Status} in {DurationMs} ms, cost {Cost}, {Errors} errors, caller {Caller}",
            http.Request.Method, http.Request.Path.Value, outcome.OperationName ?? "(anonymous)", outcome.Status, Math.Round(outcome.Duration.TotalMilliseconds, 1),
            outcome.Cost, outcome.Result.Errors?.Count ?? 0, CallerRateLimiter.Caller(http));

    /// <summary>
    /// The whole of a GraphQL request short of writing the answer: checks, parsing, limits, execution. Shared by
    /// <c>/graphql</c> and <c>/export.csv</c>, so that both are held to the same authentication and limits.
    /// </summary>
    /// <param name="queriesOnly">Refuse anything but a query before it runs (exports: a client that retries one must not write twice).</param>
    /// <param name="tables">Whole tables wanted (exports): the page and cost limit of connections that are tables of their own.</param>
    public static Task<GraphQLOutcome> RunAsync(HttpContext http, bool allowGet = true, bool queriesOnly = false, TablePaging? tables = null) =>
        RunAsync(http, new ReadRequest { Tables = tables }, allowGet, queriesOnly);

    private static async Task<GraphQLOutcome> RunAsync(HttpContext http, ReadRequest read, bool allowGet, bool queriesOnly)
    {
        var outcome = await ExecuteAsync(http, allowGet, queriesOnly, read);
        MutationRefusals.AuditIfRefused(http, read.Request, read.Operation, outcome);
        return outcome;
    }

    /// <summary>What the request turned out to be, as far as it was read before an answer was decided.</summary>
    private sealed class ReadRequest
    {
        public GraphQLRequest? Request { get; set; }

        /// <summary>The operation, once the document is parsed (null before, or when it does not parse).</summary>
        public GraphQLOperationDefinition? Operation { get; set; }

        /// <summary>Set when the answer may be kept (a query, not introspection, on <c>/graphql</c>, caching on).</summary>
        public CacheTicket? Cache { get; set; }

        /// <summary>The kept answer served instead of running the query.</summary>
        public CachedResponse? Hit { get; set; }

        /// <summary>Whole tables wanted (exports), given by the caller of <see cref="RunAsync(HttpContext, bool, bool, TablePaging?)"/>.</summary>
        public TablePaging? Tables { get; init; }
    }

    private static async Task<GraphQLOutcome> ExecuteAsync(HttpContext http, bool allowGet, bool queriesOnly, ReadRequest read)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>();
        var auth = services.GetRequiredService<IOptions<AuthOptions>>();
        var security = services.GetRequiredService<IOptions<SecurityOptions>>();
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        GraphQLOutcome Refuse(string media, HttpFailure failure, string? operation = null) =>
            new(media, failure.Status, failure.ToResult(), operation, 0, System.Diagnostics.Stopwatch.GetElapsedTime(started));

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
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        var refused = CheckCaller(http, authenticated, auth.Value);
        var (request, failure) = isGet
            ? GraphQLRequestReader.FromQueryString(http.Request, serializer)
            : await GraphQLRequestReader.FromBodyAsync(http.Request, serializer, options.Value);
        read.Request = request;
        if (refused is not null)
        {
            return Refuse(mediaType, refused.Value);
        }
        var prepared = await PrepareAsync(http, request!, failure, authenticated, isGet, queriesOnly);
        var (document, operation) = (prepared.Document, read.Operation = prepared.Operation);
        var parsed = prepared.Parsed;
        if (prepared.Failure is { } refusal)
        {
            return Refuse(mediaType, refusal, operation?.Name?.StringValue);
        }
        if (operation is { Operation: OperationType.Subscription })
        {
            // Executed here it would answer { "data": null }: a subscription's events need a stream to go out on.
            return Refuse(mediaType, new HttpFailure(StatusCodes.Status400BadRequest, StreamedOperations.SubscriptionNeedsStream,
                "A subscription needs a stream: send it accepting text/event-stream (graphql-sse) or over a WebSocket (graphql-transport-ws)."),
                operation.Name?.StringValue);
        }

        if (allowGet && await LookUpAsync(http, request!, parsed!, operation, mediaType, security.Value) is { } lookup)
        {
            if (lookup.Unavailable)
            {
                return Refuse(mediaType, DatabaseUnavailable.Refusal(http), operation!.Name?.StringValue);
            }
            (read.Hit, read.Cache) = (lookup.Hit, lookup.Ticket);
            if (read.Hit is not null)
            {
                return new GraphQLOutcome(mediaType, StatusCodes.Status200OK, new ExecutionResult { Executed = true }, operation!.Name?.StringValue, 0,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
        }

        using var activity = Telemetry.Source.StartActivity("graphql " + (operation?.Operation.ToString().ToLowerInvariant() ?? "request"));
        activity?.SetTag("graphql.operation.name", operation?.Name?.StringValue);
        activity?.SetTag("graphql.operation.type", operation?.Operation.ToString().ToLowerInvariant());

        // The variables as sent, for what coercion reorders (the keys of a sort object: GraphQLEngine.Data.Sorting.WrittenOrder).
        var userContext = new Dictionary<string, object?> { [Wuzhong.GraphQLEngine.Data.Sorting.WrittenOrder.RawVariablesKey] = request!.Variables };
        if (read.Tables is not null)
        {
            userContext[TablePaging.UserContextKey] = read.Tables;
        }
        var timeout = TimeSpan.FromSeconds(security.Value.ExecutionTimeoutSeconds);
        var isWrite = operation?.Operation == OperationType.Mutation;
        var (finished, executed) = await Deadline.RunAsync(services, timeout + DatabaseUnavailable.Grace, scoped => executer.ExecuteAsync(new ExecutionOptions
        {
            UserContext = userContext,
            Query = request!.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = scoped,
            User = http.User,
            CancellationToken = http.RequestAborted,
            Timeout = timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        }));
        var result = finished ? executed! : new ExecutionResult { Errors = [DatabaseUnavailable.Error(isWrite)] };
        var timedOut = result.Errors?.Any(ExecutionTimedOut.IsCause) == true;
        if (timedOut)
        {
            // A read that ran out of time asked for too much; a write did not: it waited for the database (other
            // writers of the same task, a busy server), its outcome is unknown and it may be sent again later.
            result = new ExecutionResult
            {
                Errors = [isWrite ? DatabaseUnavailable.Error(write: true) : ExecutionTimedOut.Error(security.Value.ExecutionTimeoutSeconds)],
                Executed = result.Executed,
            };
        }
        var unavailable = result.Errors?.Any(DatabaseUnavailable.IsCause) == true;
        if (unavailable)
        {
            var errors = new ExecutionErrors();
            foreach (var error in result.Errors!)
            {
                errors.Add(DatabaseUnavailable.IsCause(error) ? DatabaseUnavailable.Error(isWrite, error) : error);
            }
            result.Errors = errors;
            DatabaseUnavailable.SetRetryAfter(http);
        }

        var cost = userContext.GetValueOrDefault(OperationCost.UserContextKey) as OperationCost;
        activity?.SetTag("graphql.operation.cost", cost?.FieldCost);
        if (cost is not null && WantsCost(http))
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["operationCost"] = new Dictionary<string, object?>
            {
                ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost, ["depth"] = cost.Depth, ["maxCost"] = read.Tables?.MaxCost ?? security.Value.MaxCost,
            };
        }

        var status = unavailable ? StatusCodes.Status503ServiceUnavailable
            : timedOut ? StatusCodes.Status504GatewayTimeout
            : !result.Executed && AuthorizationStatus(result) is { } authStatus ? authStatus
            : mediaType == MediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var duration = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var tags = new System.Diagnostics.TagList { { "graphql.operation.name", operation?.Name?.StringValue ?? "(anonymous)" }, { "http.status", status } };
        Telemetry.OperationDuration.Record(duration.TotalMilliseconds, tags);
        if (cost is not null)
        {
            Telemetry.OperationCost.Record(cost.FieldCost, tags);
        }
        activity?.SetTag("http.response.status_code", status);
        return new GraphQLOutcome(mediaType, status, result, operation?.Name?.StringValue, cost?.FieldCost ?? 0, duration, request);
    }

    /// <summary>
    /// The response cache's word on a request of <c>/graphql</c>: null when its answer is never kept (not a query,
    /// introspection, the audit log, a cost report, caching off); else a kept answer or a ticket to keep the new one.
    /// </summary>
    private static async Task<CacheLookup?> LookUpAsync(HttpContext http, GraphQLRequest request, ParsedDocument parsed,
        GraphQLOperationDefinition? operation, string mediaType, SecurityOptions security)
    {
        var services = http.RequestServices;
        if (operation is not { Operation: OperationType.Query } || WantsCost(http)
            || services.GetRequiredService<ResponseCache>() is not { Enabled: true } cache
            || parsed.DependencyOf(services.GetRequiredService<ISchema>(), operation) is not { } dependency)
        {
            return null;
        }
        var key = ResponseCacheKey.For(http, request, parsed.PrintedHash, mediaType, services.GetRequiredService<IGraphQLTextSerializer>());
        var fresh = http.Request.Headers.CacheControl.Any(value => value?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true);
        return await cache.LookupAsync(key, dependency, fresh, TimeSpan.FromSeconds(security.ExecutionTimeoutSeconds), http.RequestAborted);
    }

    /// <summary>The caller asked for the operation's cost in the answer (such answers are not kept: the cost is the running's).</summary>
    private static bool WantsCost(HttpContext http) => string.Equals(http.Request.Headers[CostHeader], "report", StringComparison.OrdinalIgnoreCase);

    /// <summary>A request as every transport checks it before it runs (<c>/graphql</c>, exports, WebSocket, SSE).</summary>
    internal sealed record PreparedRequest(ParsedDocument? Parsed, GraphQLOperationDefinition? Operation, HttpFailure? Failure)
    {
        public GraphQLDocument? Document => Parsed?.Document;
    }

    /// <summary>
    /// The checks of a read request before it runs: a trusted document's text, the length, parsing (a document that does
    /// not parse is left to the executer, which reports where), the document's limits, then the caller's rate.
    /// </summary>
    internal static async Task<PreparedRequest> PrepareAsync(HttpContext http, GraphQLRequest request, HttpFailure? readFailure, bool authenticated,
        bool isGet, bool queriesOnly)
    {
        var security = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var failure = readFailure ?? await ResolveTrustedDocumentAsync(http, request, authenticated, security);
        failure ??= request.Query!.Length > security.MaxQueryLength
            ? new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLong,
                $"The document has {request.Query.Length} characters; at most {security.MaxQueryLength} are accepted.")
            : null;
        if (failure is not null)
        {
            return new PreparedRequest(null, null, failure);
        }

        if (request.OperationName is { Length: var nameLength } && nameLength > security.MaxOperationNameLength)
        {
            return new PreparedRequest(null, null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.OperationNameTooLong,
                $"The operation name has {nameLength} characters; at most {security.MaxOperationNameLength} are accepted."));
        }

        var parsed = http.RequestServices.GetRequiredService<ParsedDocuments>().Parse(request.Query!);
        var operation = parsed.Document is null ? null : OperationOf(parsed.Document, request.OperationName);
        if (operation is not null)
        {
            // The executer runs the operation every check below was made on, whatever name (none, "", another spelling)
            // selected it: one selection for every transport, never one here and another there.
            request.OperationName = operation.Name?.StringValue;
        }
        failure = parsed.Failure ?? (parsed.Document is null ? null
            : CheckLimits(parsed, security) ?? (operation is null ? OperationNotFound(parsed.Document, request.OperationName) : CheckKind(operation, isGet, queriesOnly)));
        if (failure is not null)
        {
            if (failure.Value.Status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "POST";
            }
            return new PreparedRequest(parsed, operation, failure);
        }

        return new PreparedRequest(parsed, operation, CheckRate(http, operation?.Operation == OperationType.Mutation));
    }

    /// <summary>The caller's rate (<see cref="CallerRateLimiter"/>): null to go on, or 429 with the seconds until the next minute.</summary>
    internal static HttpFailure? CheckRate(HttpContext http, bool mutation)
    {
        var admission = http.RequestServices.GetRequiredService<CallerRateLimiter>().Acquire(http, mutation);
        if (admission.Allowed)
        {
            return null;
        }
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(admission.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new HttpFailure(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests from this caller; wait and try again.");
    }

    /// <summary>A token that did not authenticate is refused (not read as anonymous); anonymous reading may be closed.</summary>
    internal static HttpFailure? CheckCaller(HttpContext http, bool authenticated, AuthOptions auth)
    {
        if (!authenticated && http.Request.Headers.Authorization.Count > 0)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return new HttpFailure(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidToken,
                "The bearer token is not valid (malformed, expired, or not signed by this server).");
        }
        if (!authenticated && !auth.AllowAnonymousRead)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return new HttpFailure(StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, "This API needs a bearer token.");
        }
        return null;
    }

    /// <summary>
    /// Puts a registered document's text in the request (by documentId, or by the hash of Apollo's automatic persisted
    /// queries); refuses unknown ids, mismatches, and ad-hoc documents where only trusted ones are allowed.
    /// </summary>
    private static async Task<HttpFailure?> ResolveTrustedDocumentAsync(HttpContext http, GraphQLRequest request, bool authenticated, SecurityOptions security)
    {
        var mayRunAdHoc = !(security.TrustedDocumentsOnlyForAnonymous && !authenticated);
        var (persisted, problem) = PersistedQueryExtension.Read(request.Extensions);
        if (problem is not null)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ApiErrorCodes.PersistedQueryInvalid, problem);
        }
        if (persisted is not null && request.DocumentId is null)
        {
            var (failure, registered) = await http.RequestServices.GetRequiredService<AutomaticPersistedQueries>()
                .ResolveAsync(request, persisted, mayRunAdHoc, id => FindRegisteredAsync(http, id, security));
            if (failure is not null || registered || mayRunAdHoc)
            {
                return failure;
            }
        }
        if (request.DocumentId is { } documentId)
        {
            var (failure, body) = await FindRegisteredAsync(http, documentId, security);
            if (failure is not null)
            {
                return failure;
            }
            if (body is null)
            {
                return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.DocumentNotFound,
                    $"No registered document has the id \"{documentId}\" (ids are sha256:<hash>; see register-documents).");
            }
            if (request.Query is not null && request.Query != body)
            {
                return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.DocumentMismatch, "The query differs from the registered document of that id.");
            }
            request.Query = body;
            return null;
        }
        return !mayRunAdHoc
            ? new HttpFailure(StatusCodes.Status403Forbidden, ErrorCodes.TrustedDocumentRequired,
                "Anonymous callers may only run registered documents: send a documentId, or sign in for ad-hoc queries.")
            : null;
    }

    /// <summary>The text of a registered document (null when there is none), or the refusal when the database did not answer in time.</summary>
    private static async Task<(HttpFailure? Failure, string? Body)> FindRegisteredAsync(HttpContext http, string documentId, SecurityOptions security)
    {
        try
        {
            var (finished, body) = await Deadline.RunAsync(http.RequestServices, TimeSpan.FromSeconds(security.ExecutionTimeoutSeconds),
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
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.QueryRequired,
                $"Only a query can be exported, not a {operation.Operation.ToString().ToLowerInvariant()}; send mutations to /graphql.");
        }
        return null;
    }

    private static HttpFailure? CheckLimits(ParsedDocument document, SecurityOptions security)
    {
        var (operations, inputDepth, aliases) = document.Limits;
        if (operations > security.MaxOperations)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.TooManyOperations,
                $"The document holds {operations} operations; at most {security.MaxOperations} are accepted.");
        }
        if (inputDepth > security.MaxInputDepth)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InputTooDeep, DocumentLimits.InputTooDeep(inputDepth, security.MaxInputDepth));
        }
        if (aliases > security.MaxAliases)
        {
            return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.TooManyAliases,
                $"The document uses {aliases} aliases; at most {security.MaxAliases} are accepted.");
        }
        return null;
    }

    /// <summary>
    /// The operation a request selects, by GraphQL.NET's rule: no name or an empty one selects the document's only
    /// operation; any other name (" " too) the operation of exactly that name. Null when none is selected.
    /// </summary>
    internal static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private static HttpFailure OperationNotFound(GraphQLDocument document, string? operationName)
    {
        var count = document.Definitions.OfType<GraphQLOperationDefinition>().Count();
        return new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.OperationNotFound,
            string.IsNullOrEmpty(operationName)
                ? count == 0 ? "The document holds no operation." : $"The document holds {count} operations; name the one to run with operationName."
                : $"The document holds no operation named \"{operationName}\".");
    }

    /// <summary>401 or 403 when the only reason a document was refused is who sent it.</summary>
    private static int? AuthorizationStatus(ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        return codes.Count == 0 ? null
            : codes.All(c => c == ApiErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.All(c => c is ApiErrorCodes.Unauthenticated or ApiErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
            : null;
    }

    public static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (serializer is IGraphQLSerializer streaming)
        {
            await streaming.WriteAsync(http.Response.Body, result, http.RequestAborted);
        }
        else
        {
            await http.Response.WriteAsync(serializer.Serialize(result), http.RequestAborted);
        }
    }
}
