using GraphQL;
using GraphQL.Execution;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// A request that failed because the database is down, refuses connections, is out of resources or did not answer
/// even when its command was cancelled at the execution timeout: answered 503 with <c>Retry-After</c> and the code <c>DATABASE_UNAVAILABLE</c>,
/// which a client can act on (wait and send again), instead of a driver's exception name.
/// </summary>
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    /// <summary>How long after the execution timeout a request is answered even if its database work has not ended.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    public static bool IsCause(ExecutionError error) =>
        error.Code == ApiErrorCodes.DatabaseUnavailable || error is UnhandledError { InnerException: { } e } && DatabaseFaults.IsUnavailable(e);

    /// <summary>
    /// Tells the client when to try again (every 503 of this kind carries it). A WebSocket's or an event stream's headers
    /// are long sent: its error says the rest.
    /// </summary>
    public static void SetRetryAfter(HttpContext http)
    {
        if (!http.Response.HasStarted)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A refusal before execution (a registered document could not be looked up), with <c>Retry-After</c>.</summary>
    public static HttpFailure Refusal(HttpContext http)
    {
        SetRetryAfter(http);
        return new HttpFailure(StatusCodes.Status503ServiceUnavailable, ApiErrorCodes.DatabaseUnavailable, Error(write: false).Message);
    }

    /// <summary>The error a client sees; a write is told that its outcome is unknown rather than that it failed.</summary>
    public static ExecutionError Error(bool write, ExecutionError? original = null)
    {
        var error = new ExecutionError(write
            ? "The database is not available or did not answer in time; the change may or may not have been written: look for it before sending it again."
            : "The database is not available or did not answer in time; try again shortly.")
        {
            Code = ApiErrorCodes.DatabaseUnavailable,
        };
        if (original?.Path is { } path)
        {
            error.Path = path;
        }
        if (original?.Locations is { } locations)
        {
            foreach (var location in locations)
            {
                error.AddLocation(location);
            }
        }
        return error;
    }
}
