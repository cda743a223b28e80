using System.Text.Json;
using GraphQL;

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

    public const string StreamEnded = "STREAM_ENDED";

    /// <summary>The last result of a subscription whose stream failed (it fell behind, or its event could not be read).</summary>
    public static ExecutionResult Ended(Exception cause) => new() { Errors = [new ExecutionError(cause.Message) { Code = StreamEnded }] };
}
