namespace Wuzhong.Api.Exports;

/// <summary>The exports: a GraphQL query's tables as CSV or as an Excel workbook (docs/manual/api.md).</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/export.csv", CsvExport.HandleAsync);
        endpoints.MapPost("/export.xlsx", XlsxExport.HandleAsync);
        return endpoints;
    }
}
