using System.Text;
using GraphQL;
using Wuzhong.Api.Pipeline;

namespace Wuzhong.Api.Exports;

/// <summary>
/// <c>POST /export.csv</c>: the same JSON body as /graphql, the same authentication and limits
/// (<see cref="ExportRequest"/>); the answer is the first table (<see cref="ExportTable"/>) for Excel and BI tools:
/// titles in the plan's terms, nested fields as columns, lists joined in order, UTF-8 with a byte-order mark so that
/// Excel shows Chinese.
/// </summary>
public static class CsvExport
{
    public static async Task HandleAsync(HttpContext http, GraphQLRequestPipeline pipeline, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        if (await ExportRequest.RunAsync(http, pipeline, serializer, logging, "csv") is not { Tables: [var table, ..] } export)
        {
            return;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition(export.FileName);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(c.Title))));
        foreach (var row in table.Rows)
        {
            await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(ExportTable.Text(row.GetValueOrDefault(c.Path))))));
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
