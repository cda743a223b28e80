using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Operations;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Sorting;
using Wuzhong.GraphQLEngine.Execution;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// Runs an admitted operation, the same way for every transport: the executer's options, the deadline (the request's
/// time limit, and the database's grace beyond it), a read that ran out of time or a database that did not answer
/// turned into their coded errors; for HTTP-shaped answers also the cost extension, the status and the telemetry.
/// </summary>
public sealed class OperationExecution(IDocumentExecuter<ISchema> executer, IOptions<RequestLimitOptions> limits)
{
    public const string CostHeader = "GraphQL-Cost";

    /// <summary>What execution came to, outages and time-outs already in their coded errors.</summary>
    public sealed record Executed(ExecutionResult Result, bool TimedOut, bool Unavailable);

    /// <summary>
    /// Executes <paramref name="request"/>'s operation. A subscription passes <paramref name="streamScope"/>, the scope its
    /// events are resolved in as long as it lasts: its first step only subscribes and has no time limit; everything else
    /// runs in a scope of its own under the deadline.
    /// </summary>
    public async Task<Executed> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document, bool isWrite,
        Dictionary<string, object?> userContext, CancellationToken cancellationToken, IServiceProvider? streamScope = null)
    {
        var timeout = TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds);
        ExecutionOptions Options(IServiceProvider scoped) => new()
        {
            UserContext = userContext,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = scoped,
            User = http.User,
            CancellationToken = cancellationToken,
            Timeout = streamScope is null ? timeout : Timeout.InfiniteTimeSpan,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        };
        ExecutionResult result;
        if (streamScope is not null)
        {
            result = await executer.ExecuteAsync(Options(streamScope));
        }
        else
        {
            var (finished, executed) = await Deadline.RunAsync(http.RequestServices, timeout + DatabaseUnavailable.Grace, scoped => executer.ExecuteAsync(Options(scoped)));
            result = finished ? executed! : new ExecutionResult { Errors = [DatabaseUnavailable.Error(isWrite)] };
        }

        var timedOut = result.Errors?.Any(ExecutionTimedOut.IsCause) == true;
        if (timedOut)
        {
            // A read that ran out of time asked for too much; a write did not: it waited for the database (other
            // writers of the same task, a busy server), its outcome is unknown and it may be sent again later.
            result = new ExecutionResult
            {
                Errors = [isWrite ? DatabaseUnavailable.Error(write: true) : ExecutionTimedOut.Error(limits.Value.ExecutionTimeoutSeconds)],
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
        return new Executed(result, timedOut, unavailable);
    }

    /// <summary>
    /// Runs a request answered as <c>/graphql</c> answers (exports too): its telemetry, the cost extension when asked
    /// for (<see cref="CostHeader"/>), and the status the GraphQL-over-HTTP specification gives the result.
    /// </summary>
    /// <param name="tables">Whole tables wanted (exports): the page and cost limit of connections that are tables of their own.</param>
    /// <param name="started">The request's <see cref="System.Diagnostics.Stopwatch"/> timestamp.</param>
    public async Task<GraphQLOutcome> RunAsync(HttpContext http, GraphQLRequest request, AdmittedRequest admitted, string mediaType,
        TablePaging? tables, long started)
    {
        using var activity = Telemetry.StartOperation(admitted.Operation);
        // The variables as sent, for what coercion reorders (the keys of a sort object: WrittenOrder).
        var userContext = new Dictionary<string, object?> { [WrittenOrder.RawVariablesKey] = request.Variables };
        if (tables is not null)
        {
            userContext[TablePaging.UserContextKey] = tables;
        }
        var (result, timedOut, unavailable) = await ExecuteAsync(http, request, admitted.Document, admitted.IsMutation, userContext, http.RequestAborted);

        var cost = userContext.GetValueOrDefault(OperationCost.UserContextKey) as OperationCost;
        activity?.SetTag("graphql.operation.cost", cost?.FieldCost);
        if (cost is not null && WantsCost(http))
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["operationCost"] = new Dictionary<string, object?>
            {
                ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost, ["depth"] = cost.Depth, ["maxCost"] = tables?.MaxCost ?? limits.Value.MaxCost,
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
        var tags = new System.Diagnostics.TagList { { "graphql.operation.name", admitted.OperationName ?? "(anonymous)" }, { "http.status", status } };
        Telemetry.OperationDuration.Record(duration.TotalMilliseconds, tags);
        if (cost is not null)
        {
            Telemetry.OperationCost.Record(cost.FieldCost, tags);
        }
        activity?.SetTag("http.response.status_code", status);
        return new GraphQLOutcome(mediaType, status, result, admitted.OperationName, cost?.FieldCost ?? 0, duration, request);
    }

    /// <summary>The caller asked for the operation's cost in the answer (such answers are not kept: the cost is the running's).</summary>
    public static bool WantsCost(HttpContext http) => string.Equals(http.Request.Headers[CostHeader], "report", StringComparison.OrdinalIgnoreCase);

    /// <summary>401 or 403 when the only reason a document was refused is who sent it.</summary>
    private static int? AuthorizationStatus(ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        return codes.Count == 0 ? null
            : codes.All(c => c == ApiErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.All(c => c is ApiErrorCodes.Unauthenticated or ApiErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
            : null;
    }
}
