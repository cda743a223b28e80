using GraphQL;

namespace Wuzhong.GraphQLEngine.Http;

/// <summary>What became of a GraphQL request: the answer, its status and media type, and what the log line says of it.</summary>
public sealed record GraphQLOutcome(string MediaType, int Status, ExecutionResult Result, string? OperationName, long Cost, TimeSpan Duration);
