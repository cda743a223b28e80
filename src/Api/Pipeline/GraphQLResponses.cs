using GraphQL;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Pipeline;

/// <summary>How every transport writes a GraphQL answer that is not a stream, and the one log line per request.</summary>
public static class GraphQLResponses
{
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

    /// <summary>A refusal before execution, as a GraphQL answer in JSON.</summary>
    public static Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, HttpFailure failure) =>
        WriteAsync(http, serializer, MediaTypes.Json, failure.Status, failure.ToResult());

    /// <summary>One structured line per request: operation, status, duration, cost, errors.</summary>
    public static void Log(ILoggerFactory logging, HttpContext http, GraphQLOutcome outcome) =>
        logging.CreateLogger("Wuzhong.Http").LogInformation("{Method} {Path} {Operation} {Status} in {DurationMs} ms, cost {Cost}, {Errors} errors, caller {Caller}",
            http.Request.Method, http.Request.Path.Value, outcome.OperationName ?? "(anonymous)", outcome.Status, Math.Round(outcome.Duration.TotalMilliseconds, 1),
            outcome.Cost, outcome.Result.Errors?.Count ?? 0, CallerRateLimiter.Caller(http));
}
