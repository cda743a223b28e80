using GraphQL;
using Wuzhong.Api.Pipeline;

namespace Wuzhong.Api.Exports;

/// <summary>
/// <c>POST /export.xlsx</c>: the body of <c>/export.csv</c> (<see cref="ExportRequest"/>: the same authentication and
/// limits), answered with a workbook for analysts (<see cref="XlsxWorkbook"/>): one sheet per table in the answer, named
/// after its field (or alias), titles and values in the plan's terms, typed cells, the file named after the question
/// and its period.
/// </summary>
public static class XlsxExport
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task HandleAsync(HttpContext http, GraphQLRequestPipeline pipeline, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        if (await ExportRequest.RunAsync(http, pipeline, serializer, logging, "xlsx") is not { } export)
        {
            return;
        }
        // The zip is written to memory first: the answer is bounded by the export's limits, and the package seeks.
        using var workbook = new MemoryStream();
        XlsxWorkbook.Write(workbook, export.Tables);
        http.Response.ContentType = MediaType;
        http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition(export.FileName);
        http.Response.ContentLength = workbook.Length;
        workbook.Position = 0;
        await workbook.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
