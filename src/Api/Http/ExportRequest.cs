using System.Text.Json;
using GraphQL;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Http;

/// <summary>
/// The request of an export: the same JSON body as <c>/graphql</c>, the same authentication and limits, queries only
/// (a client that retries an export must not write twice). Refusals are answered as <c>/graphql</c> answers them.
/// </summary>
public static class ExportRequest
{
    /// <summary>The answer's connections as tables; null when the refusal has been written.</summary>
    public static async Task<List<ExportTable>?> RunAsync(HttpContext http, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        var outcome = await GraphQLHttpEndpoint.RunAsync(http, allowGet: false, queriesOnly: true);
        GraphQLHttpEndpoint.Log(logging, http, outcome);
        if (outcome.Status != StatusCodes.Status200OK || outcome.Result.Errors is { Count: > 0 })
        {
            var status = outcome.Status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : outcome.Status;
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, status, outcome.Result);
            return null;
        }
        using var json = JsonDocument.Parse(serializer.Serialize(outcome.Result));
        var tables = json.RootElement.TryGetProperty("data", out var data) ? ExportTable.AllIn(data) : [];
        if (tables.Count == 0)
        {
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, StatusCodes.Status400BadRequest, new ExecutionResult
            {
                Errors = [new ExecutionError("The query selects no connection (nodes or edges { node }) to export.") { Code = ApiErrorCodes.NoConnection }],
            });
            return null;
        }
        return tables;
    }
}
