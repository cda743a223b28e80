using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Wuzhong.GraphQLEngine.Data;
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
        if (CutConnection(outcome.Result.Data) is { } cut)
        {
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, StatusCodes.Status400BadRequest, new ExecutionResult
            {
                Errors = [new ExecutionError(
                    $"{cut.Path} holds more than its default first page: an export is never cut short without a word. Ask for the rows " +
                    $"wanted with first: (at most {http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PagingOptions>>().Value.MaxPageSize}), or export page after page with after.")
                {
                    Code = ApiErrorCodes.ExportIncomplete,
                    Path = cut.Path.Split('.'),
                }],
            });
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

    /// <summary>
    /// The first connection, under a root field, that was read with its default page (no first or last given) and has
    /// more rows than it: the client asked for "the tasks" and would get 50 of 108. A page the client sized is its own.
    /// </summary>
    private static (string Path, IConnection Connection)? CutConnection(object? data)
    {
        if (data is not ObjectExecutionNode root || root.SubFields is null)
        {
            return null;
        }
        foreach (var field in root.SubFields)
        {
            if (FirstConnectionNode(field) is { } node && node.Result is IConnection connection && connection.PageInfo.HasNextPage
                && node.Field.Arguments?.Any(a => a.Name == "first" || a.Name == "last") != true)
            {
                return (string.Join('.', node.ResponsePath.Select(p => p.ToString())), connection);
            }
        }
        return null;
    }

    /// <summary>Depth first, the node whose value is a connection, as <see cref="ExportTable"/> finds its nodes.</summary>
    private static ExecutionNode? FirstConnectionNode(ExecutionNode node)
    {
        if (node.Result is IConnection)
        {
            return node;
        }
        if (node is ObjectExecutionNode { SubFields: { } children })
        {
            foreach (var child in children)
            {
                if (FirstConnectionNode(child) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}
