using System.Text;
using System.Text.Json;
using GraphQL;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Http;

/// <summary>
/// <c>POST /export.csv</c>: the same JSON body as /graphql, the same authentication and limits; the answer is the
/// first connection's nodes as a table for Excel and BI tools: nested fields as columns (group.name), lists joined,
/// UTF-8 with a byte-order mark so that Excel shows Chinese.
/// </summary>
public static class CsvExport
{
    private const string ListSeparator = "; ";

    public static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        // Exports are read-only: a mutation is refused before anything runs.
        var outcome = await GraphQLHttpEndpoint.RunAsync(http, allowGet: false, queriesOnly: true);
        GraphQLHttpEndpoint.Log(logging, http, outcome);
        if (outcome.Status != StatusCodes.Status200OK || outcome.Result.Errors is { Count: > 0 })
        {
            var status = outcome.Status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : outcome.Status;
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, status, outcome.Result);
            return;
        }

        using var json = JsonDocument.Parse(serializer.Serialize(outcome.Result));
        var nodes = json.RootElement.TryGetProperty("data", out var data) ? FirstConnection(data) : null;
        if (nodes is null)
        {
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, StatusCodes.Status400BadRequest, new ExecutionResult
            {
                Errors = [new ExecutionError("The query selects no connection (nodes or edges { node }) to export.") { Code = ApiErrorCodes.NoConnection }],
            });
            return;
        }

        var rows = nodes.Select(node =>
        {
            var row = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            Flatten(node, "", row);
            return row;
        }).ToList();
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"export.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteLineAsync(string.Join(',', columns.Select(Quote)));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => Quote(row.TryGetValue(c, out var values) ? string.Join(ListSeparator, values) : ""))));
        }
    }

    /// <summary>The nodes of the first connection met, depth first: a <c>nodes</c> list, or the nodes of an <c>edges</c> list.</summary>
    private static List<JsonElement>? FirstConnection(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
        {
            return nodes.EnumerateArray().ToList();
        }
        if (element.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array)
        {
            return edges.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("node", out _)).Select(e => e.GetProperty("node")).ToList();
        }
        foreach (var property in element.EnumerateObject())
        {
            if (FirstConnection(property.Value) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Each leaf under its dotted path; the values of a list are gathered under the same path.</summary>
    private static void Flatten(JsonElement value, string path, Dictionary<string, List<string>> row)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, row);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Flatten(item, path, row);
                }
                break;
            default:
                if (!row.TryGetValue(path, out var values))
                {
                    row[path] = values = [];
                }
                if (value.ValueKind != JsonValueKind.Null)
                {
                    values.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                }
                break;
        }
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is guarded, so that a spreadsheet never runs a cell as a formula.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
