using GraphQL;

namespace Wuzhong.GraphQLEngine.Http;

/// <summary>A request refused before GraphQL execution: its HTTP status, error code and message.</summary>
public readonly record struct HttpFailure(int Status, string Code, string Message)
{
    /// <summary>The refusal as a GraphQL answer: one error with the code, as every transport writes it.</summary>
    public ExecutionResult ToResult() => new() { Errors = [new ExecutionError(Message) { Code = Code }] };
}
