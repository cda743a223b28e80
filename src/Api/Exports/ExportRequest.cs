using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Pipeline;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Exports;

/// <summary>
/// The request of an export: the same JSON body as <c>/graphql</c>, the same authentication and limits, queries only
/// (a client that retries an export must not write twice). Each connection that is a table of its own and gives no
/// page size is exported whole (<see cref="ExportOptions"/>); refusals are answered as <c>/graphql</c> answers them.
/// </summary>
public static class ExportRequest
{
    /// <summary>What an export writes: its tables and the name of its file.</summary>
    public sealed record Export(List<ExportTable> Tables, string FileName);

    /// <summary>The answer's tables; null when the refusal has been written.</summary>
    /// <param name="extension">The file's extension, for its name (<c>xlsx</c>, <c>csv</c>).</param>
    public static async Task<Export?> RunAsync(HttpContext http, GraphQLRequestPipeline pipeline, IGraphQLTextSerializer serializer, ILoggerFactory logging,
        string extension)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<ExportOptions>>().Value;
        var (outcome, _, _) = await pipeline.ProcessAsync(http, allowGet: false, queriesOnly: true, new TablePaging(limits.MaxRows, limits.MaxCost));
        GraphQLResponses.Log(logging, http, outcome);
        if (outcome.Status != StatusCodes.Status200OK || outcome.Result.Errors is { Count: > 0 })
        {
            var status = outcome.Status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : outcome.Status;
            await GraphQLResponses.WriteAsync(http, serializer, MediaTypes.Json, status, outcome.Result);
            return null;
        }
        if (Cut(outcome.Result.Data, limits) is { } refusal)
        {
            await RefuseAsync(http, serializer, refusal);
            return null;
        }
        var calendar = http.RequestServices.GetRequiredService<ReportingCalendar>();
        var tables = ExportTable.AllIn(outcome.Result.Data, calendar.TimeZone);
        if (tables.Count == 0)
        {
            await RefuseAsync(http, serializer, new ExecutionError(
                "The query selects no rows to export: a connection (nodes or edges { node }) or a list of objects such as reportingCompliance.")
                { Code = ApiErrorCodes.NoConnection });
            return null;
        }
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        return new Export(tables, ExportFileName.For(outcome.Request, outcome.OperationName, tables, today, extension));
    }

    private static Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionError error) =>
        GraphQLResponses.WriteAsync(http, serializer, MediaTypes.Json, StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [error] });

    /// <summary>
    /// The first connection, anywhere in the answer, that has more rows than it holds without the client having sized
    /// it: a table of its own beyond <see cref="ExportOptions.MaxRows"/>, or a list inside the rows left at its default
    /// page (its cells would be cut). A page the client sized with first or last is its own.
    /// </summary>
    private static ExecutionError? Cut(object? data, ExportOptions limits)
    {
        if (data is not ExecutionNode root || Connections(root).FirstOrDefault(IsCut) is not { } node)
        {
            return null;
        }
        var path = node.ResponsePath.ToList();
        var where = string.Join('.', path.Select(p => p.ToString()));
        var table = !path.Any(segment => segment is int);
        return table
            ? new ExecutionError(
                $"{where} has more than {limits.MaxRows} rows, the most an export takes (Export:MaxRows): an export is never cut short without a word. " +
                "Narrow it with where, or export it in parts with first and after.")
            { Code = ApiErrorCodes.ExportTooLarge, Path = path }
            : new ExecutionError(
                $"{where} holds more than its default first page inside a row: an export is never cut short without a word. Ask for the rows " +
                "wanted with first: (up to Paging:MaxPageSize), or export that list as a table of its own.")
            { Code = ApiErrorCodes.ExportIncomplete, Path = path };

        static bool IsCut(ExecutionNode connection) =>
            ((IConnection)connection.Result!).PageInfo.HasNextPage && connection.Field.Arguments?.Any(a => a.Name == "first" || a.Name == "last") != true;
    }

    /// <summary>Every node of the answer whose value is a connection, depth first.</summary>
    private static IEnumerable<ExecutionNode> Connections(ExecutionNode node)
    {
        if (node.Result is IConnection)
        {
            yield return node;
        }
        var children = node switch
        {
            ObjectExecutionNode { SubFields: { } fields } => fields.AsEnumerable(),
            ArrayExecutionNode { Items: { } items } => items.OfType<ExecutionNode>(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var found in Connections(child))
            {
                yield return found;
            }
        }
    }
}
