using GraphQL;
using GraphQL.Execution;
using Wuzhong.GraphQLEngine;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// A request that ran out of <c>Security:ExecutionTimeoutSeconds</c> while its work still answered cancellation: it
/// asked for too much, and sending it again would only take as long. Answered 504 with <c>EXECUTION_TIMEOUT</c> and no
/// <c>Retry-After</c>. Work that does not even end when cancelled is a database that does not answer: that one is
/// <see cref="DatabaseUnavailable"/>; so is a mutation that ran out of time, since a write waits for the database (the
/// other writers of its task) rather than asking for too much, and its outcome is unknown.
/// </summary>
public static class ExecutionTimedOut
{
    public static bool IsCause(ExecutionError error) => error is TimeoutError;

    public static ExecutionError Error(double timeoutSeconds) => new(
        $"The request did not finish within its {timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s; " +
        "ask for less (smaller pages, fewer aggregates or a narrower filter).")
    {
        Code = ErrorCodes.ExecutionTimeout,
    };
}
