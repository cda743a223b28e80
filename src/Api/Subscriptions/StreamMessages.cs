using System.Text.Json;
using GraphQL;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Subscriptions;

/// <summary>The JSON both streaming transports send: results as <c>/graphql</c> writes them, and errors as GraphQL errors with a code.</summary>
public static class StreamMessages
{
    public static string Result(IGraphQLTextSerializer serializer, ExecutionResult result) => serializer.Serialize(result);

    /// <summary>The errors of a result, as the JSON array the protocols' error messages carry.</summary>
    public static string Errors(IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Errors = result.Errors }));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    public static ExecutionResult Refusal(HttpFailure failure) => new() { Errors = [new ExecutionError(failure.Message) { Code = failure.Code }] };
}
