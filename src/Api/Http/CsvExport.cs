using System.Text;
using System.Text.Json;
using GraphQL;

namespace Wuzhong.Api.Http;

/// <summary>
/// <c>POST /export.csv</c>: the same JSON body as /graphql, the same authentication and limits
/// (<see cref="ExportRequest"/>); the answer is the first connection's nodes as a table for Excel and BI tools: nested
/// fields as columns (group.name), lists joined, UTF-8 with a byte-order mark so that Excel shows Chinese.
/// </summary>
public static class CsvExport
{
    private const string ListSeparator = "; ";

    public static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        if (await ExportRequest.RunAsync(http, serializer, logging) is not [var table, ..])
        {
            return;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"export.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(Quote)));
        foreach (var row in table.Rows)
        {
            await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(row.TryGetValue(c, out var values) ? string.Join(ListSeparator, values.Select(Text)) : ""))));
        }
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

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
