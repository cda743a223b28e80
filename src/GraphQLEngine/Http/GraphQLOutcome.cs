using GraphQL;

namespace Wuzhong.GraphQLEngine.Http;

/// <summary>What became of a GraphQL request: the answer, its status and media type, and what the log line says of it.</summary>
/// <param name="Request">The request as read, once it ran (an export names its file after its operation and period).</param>
public sealed record GraphQLOutcome(string MediaType, int Status, ExecutionResult Result, string? OperationName, long Cost, TimeSpan Duration,
    GraphQL.Transport.GraphQLRequest? Request = null);
