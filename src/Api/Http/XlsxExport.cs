using System.Globalization;
using System.Text.Json;
using GraphQL;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Wuzhong.Api.Http;

/// <summary>
/// <c>POST /export.xlsx</c>: the body of <c>/export.csv</c> (<see cref="ExportRequest"/>: the same authentication and
/// limits), answered with a workbook for analysts: one sheet per connection in the answer, named after its field (or
/// alias); column titles in the plan's terms (<see cref="ExportHeaders"/>); numbers, true/false, dates and instants as
/// typed cells (an instant in its own offset's local time, as the answer gives it); lists joined; the title row frozen and
/// the columns as wide as their contents. Written with MiniExcel.
/// </summary>
public static class XlsxExport
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string ListSeparator = "; ";
    private const int MaxSheetName = 31;

    public static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer, ILoggerFactory logging)
    {
        if (await ExportRequest.RunAsync(http, serializer, logging) is not { } tables)
        {
            return;
        }
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var titles = Titles(table.Columns);
            sheets[SheetName(table.Name, sheets.Keys)] = table.Rows.Select(row => table.Columns.ToDictionary(c => titles[c],
                c => row.TryGetValue(c, out var values) ? Cell(values) : null)).ToList();
        }
        // The zip is written to memory first: the answer is bounded by the query's limits, and MiniExcel seeks.
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            EnableAutoWidth = true,
            // Fitted widths are measured as rows are written, which MiniExcel does only in its fast mode.
            FastMode = true,
            TableStyles = TableStyles.None,
        }, cancellationToken: http.RequestAborted);
        http.Response.ContentType = MediaType;
        http.Response.Headers.ContentDisposition = "attachment; filename=\"export.xlsx\"";
        http.Response.ContentLength = workbook.Length;
        workbook.Position = 0;
        await workbook.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>Each column's title in the plan's terms; a title two paths would share goes to the first, the other keeps its path.</summary>
    private static Dictionary<string, string> Titles(IReadOnlyList<string> columns)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var title = ExportHeaders.Of(column);
            titles[column] = taken.Add(title) ? title : column;
            taken.Add(titles[column]);
        }
        return titles;
    }

    /// <summary>A typed cell: a number, a boolean, a date or an instant; several values (a list) joined as text.</summary>
    private static object? Cell(List<JsonElement> values) => values switch
    {
        [] => null,
        [var value] => value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.TryGetDecimal(out var exact) ? exact : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ when value.GetString() is { } text && IsInstant(text, out var instant) => instant.DateTime,
            _ when value.GetString() is { Length: 10 } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => date.ToDateTime(TimeOnly.MinValue),
            _ => value.GetString(),
        },
        _ => string.Join(ListSeparator, values.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
    };

    /// <summary>An ISO 8601 instant with a time and an offset, as the API writes DateTime values.</summary>
    private static bool IsInstant(string text, out DateTimeOffset instant)
    {
        instant = default;
        return text.Length >= 20 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>A name Excel accepts (31 characters, none of []:*?/\), unique in the workbook.</summary>
    private static string SheetName(string field, IEnumerable<string> taken)
    {
        var name = new string(field.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        name = name.Length > MaxSheetName ? name[..MaxSheetName] : name;
        var unique = name;
        for (var n = 2; taken.Contains(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }
        return unique;
    }
}
