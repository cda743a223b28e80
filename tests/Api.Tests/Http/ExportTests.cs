using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Http;

/// <summary>
/// The CSV and workbook exports as the supervision office and analysts use them, on the demo reports (seen on 10 July
/// 2023): whole tables, the ranking and grouped aggregates as tables, titles and values in the plan's words, lists
/// aligned, times in Beijing time, a file name that says what it holds; every figure checked against the API's answer.
/// </summary>
public sealed class ExportTests(SqliteDemoData data) : IClassFixture<SqliteDemoData>
{
    private readonly HttpClient _http = data.Factory.CreateClient();
    private GraphQLClient Api => new(_http);

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private Task<HttpResponseMessage> ExportAsync(string path, string query, object? variables = null, string? operationName = null) =>
        _http.PostAsync(path, new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"));

    private static List<IDictionary<string, object?>> Sheet(byte[] workbook, string sheet) =>
        [.. MiniExcelLibs.MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    private static List<string[]> CsvLines(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes[3..]).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];

    [Theory]
    [InlineData("/export.csv")]
    [InlineData("/export.xlsx")]
    public async Task Every_row_is_exported_when_the_query_asks_for_no_page(string path)
    {
        // The default page is 50: an export of "the tasks" used to hold 50 of 108.
        var api = await Api.QueryAsync("{ tasks(first: 1000) { totalCount nodes { number } } }");
        using var response = await ExportAsync(path, "{ tasks { nodes { number text } } }");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var numbers = path.EndsWith("csv")
            ? CsvLines(bytes).Skip(1).Select(cells => long.Parse(cells[0], CultureInfo.InvariantCulture)).ToList()
            : Sheet(bytes, "tasks").Select(row => Convert.ToInt64(row["序号"], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(108, (int)api["tasks"]!["totalCount"]!);
        Assert.Equal(api["tasks"]!["nodes"]!.Select(n => (long)n["number"]!), numbers);
    }

    [Fact]
    public async Task A_table_beyond_the_export_maximum_is_refused_with_a_code_and_its_path_never_cut()
    {
        await using var small = new SettingsFactory(new Dictionary<string, string> { ["Export:MaxRows"] = "100" });
        using var http = small.CreateClient();

        using var response = await http.PostAsync("/export.csv", new StringContent("{\"query\":\"{ tasks { nodes { number } } }\"}", Encoding.UTF8, "application/json"));
        var error = JObject.Parse(await response.Content.ReadAsStringAsync())["errors"]![0]!;
        using var sized = await http.PostAsync("/export.csv", new StringContent("{\"query\":\"{ tasks(first: 60) { nodes { number } } }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("EXPORT_TOO_LARGE", (string?)error["extensions"]!["code"]);
        Assert.Equal(["tasks"], error["path"]!.Select(p => (string)p!));
        Assert.Contains("more than 100 rows", (string?)error["message"]);
        // A page the client sized is its own: 60 rows, as asked.
        Assert.Equal(HttpStatusCode.OK, sized.StatusCode);
        Assert.Equal(61, CsvLines(await sized.Content.ReadAsByteArrayAsync()).Count);
    }

    [Fact]
    public async Task A_list_inside_the_rows_left_at_its_default_page_with_more_is_refused_and_an_estimate_beyond_the_export_cost_too()
    {
        // Each plan's tasks are a list in a plan's row: its default page (50 of 108) would cut the cell.
        using var nested = await ExportAsync("/export.csv", "{ plans { nodes { code tasks { nodes { number } } } } }");
        var error = JObject.Parse(await nested.Content.ReadAsStringAsync())["errors"]![0]!;
        using var costly = await ExportAsync("/export.xlsx", "{ tasks { nodes { progressReports(first: 1000) { nodes { summary } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, nested.StatusCode);
        Assert.Equal("EXPORT_INCOMPLETE", (string?)error["extensions"]!["code"]);
        Assert.Equal("plans.nodes.0.tasks", string.Join('.', error["path"]!.Select(p => p.ToString())));
        // 10,000 rows × 1,000 reports: refused before anything runs.
        Assert.Equal(HttpStatusCode.BadRequest, costly.StatusCode);
        Assert.Contains("COST_EXCEEDED", await costly.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Titles_and_values_are_in_the_plans_words_list_columns_keep_their_items_in_place_and_times_are_Beijing_time()
    {
        const string Fields = "number latestStatus isOverdue departments { department { name } isLead june: report(period: \"2023-06\") { progressPercent submittedAt } }";
        var tasks = await Api.QueryAsync($"{{ tasks(first: 1000) {{ nodes {{ text {Fields} }} }} }}");
        // A task with a department that has not reported before one that has: its figure must stay under its department.
        var task = tasks["tasks"]!["nodes"]!.First(t => t["departments"]!.Count() > 1
            && t["departments"]![0]!["june"]!.Type == JTokenType.Null && t["departments"]!.Skip(1).Any(d => d["june"]!.Type != JTokenType.Null));
        var one = $"query($text: String!) {{ tasks(where: {{ text: {{ eq: $text }} }}) {{ nodes {{ {Fields} }} }} }}";
        var variables = new { text = (string)task["text"]! };

        using var response = await ExportAsync("/export.xlsx", one, variables);
        var row = Sheet(await response.Content.ReadAsByteArrayAsync(), "tasks").Single();
        using var csv = await ExportAsync("/export.csv", one, variables);
        var csvLines = CsvLines(await csv.Content.ReadAsByteArrayAsync());

        string[] titles = ["序号", "最新状态", "是否逾期", "主要责任部门", "主要责任部门是否牵头", "主要责任部门报告进度(%)", "主要责任部门报告报送时间"];
        Assert.Equal(titles, row.Keys);
        Assert.Equal(titles, csvLines[0]);
        var departments = task["departments"]!.ToList();
        Assert.Equal(string.Join("; ", departments.Select(d => (string)d["department"]!["name"]!)), row["主要责任部门"]);
        Assert.Equal(string.Join("; ", departments.Select(d => (bool)d["isLead"]! ? "是" : "否")), row["主要责任部门是否牵头"]);
        Assert.Equal(string.Join("; ", departments.Select(d => d["june"]!.Type == JTokenType.Null ? "—" : ((int)d["june"]!["progressPercent"]!).ToString(CultureInfo.InvariantCulture))),
            row["主要责任部门报告进度(%)"]);
        // Instants as the district reads its clock: 17:30Z is 01:30 the next day in Suzhou.
        Assert.Equal(string.Join("; ", departments.Select(d => d["june"]!.Type == JTokenType.Null ? "—"
                : DateTimeOffset.Parse(d["june"]!["submittedAt"]!.ToString(Newtonsoft.Json.Formatting.None).Trim('"'), CultureInfo.InvariantCulture).ToOffset(Beijing)
                    .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))),
            row["主要责任部门报告报送时间"]);
        var status = (string)task["latestStatus"]!;
        Assert.Equal(StatusWords[status], row["最新状态"]);
        Assert.Equal((bool)task["isOverdue"]! ? "是" : "否", row["是否逾期"]);
    }

    /// <summary>The statuses as the dashboard words them (src/Dashboard/src/model.ts).</summary>
    private static readonly Dictionary<string, string> StatusWords = new()
    {
        ["COMPLETED"] = "已完成", ["ON_TRACK"] = "按序推进", ["NOT_STARTED"] = "尚未启动", ["NOT_REPORTED"] = "未报送", ["AT_RISK"] = "存在风险", ["DELAYED"] = "进度滞后",
    };

    [Fact]
    public async Task The_ranking_and_grouped_aggregates_are_exported_as_tables_with_the_APIs_figures()
    {
        const string Query = """
            query MonthlyCircular($period: YearMonth!) {
              reportingCompliance(period: $period) { rank department { name } expected onTime late pending missing onTimeRate }
              tasks { groupedAggregates(groupBy: [STATUS], asOf: $period) { keys { status } aggregates { count } } }
            }
            """;
        var api = await Api.QueryAsync(Query, new { period = "2023-06" });
        using var response = await ExportAsync("/export.xlsx", Query, new { period = "2023-06" });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("MonthlyCircular_2023-06.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var ranking = Sheet(bytes, "reportingCompliance");
        Assert.Equal(["排名", "部门", "应报", "按时报送", "逾期报送", "待报送", "逾期未报", "按时报送率"], ranking[0].Keys);
        Assert.Equal(api["reportingCompliance"]!.Select(r => ((string)r["department"]!["name"]!, (int)r["expected"]!, (int)r["missing"]!, (double)r["onTimeRate"]!)),
            ranking.Select(r => ((string)r["部门"]!, Convert.ToInt32(r["应报"], CultureInfo.InvariantCulture), Convert.ToInt32(r["逾期未报"], CultureInfo.InvariantCulture),
                Convert.ToDouble(r["按时报送率"], CultureInfo.InvariantCulture))));
        var groups = Sheet(bytes, "tasks");
        Assert.Equal(["状态", "任务数"], groups[0].Keys);
        Assert.Equal(api["tasks"]!["groupedAggregates"]!.Select(g => (StatusWords[(string)g["keys"]!["status"]!], (int)g["aggregates"]!["count"]!)),
            groups.Select(g => ((string)g["状态"]!, Convert.ToInt32(g["任务数"], CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_file_without_a_period_is_named_after_its_tables_and_the_day_it_was_taken()
    {
        using var response = await ExportAsync("/export.csv", "{ targets { nodes { number name } } }");

        // The demo data's clock: 10 July 2023 in Suzhou.
        Assert.Equal("targets_2023-07-10.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(["序号", "名称"], CsvLines(await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [SkippableFact]
    public async Task The_workbook_opens_in_openpyxl_and_LibreOffice_with_every_value_the_API_gave()
    {
        Skip.If(!OfficeReaders.Required && !OfficeReaders.Available("openpyxl"), "openpyxl (python3-openpyxl) or LibreOffice (libreoffice-calc-nogui) is not installed");

        const string Query = "{ tasks { nodes { number text latestStatus lastReportedAt leadDepartments { name } } } periods: reportPeriods { nodes { label dueDate } } }";
        using var response = await ExportAsync("/export.xlsx", Query);
        var folder = Directory.CreateTempSubdirectory("wuzhong-export-");
        try
        {
            var file = Path.Combine(folder.FullName, "tasks.xlsx");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            var expected = Sheet(await File.ReadAllBytesAsync(file), "tasks");

            // openpyxl: every sheet, every cell, as JSON (dates as ISO text).
            var read = OfficeReaders.Run(OfficeReaders.Python, $"-c \"import json, sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); " +
                "print(json.dumps({ws.title: [[c if c is None or isinstance(c, (int, float, str)) else c.isoformat() for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, ensure_ascii=False))\" " + file);
            Assert.True(read.ExitCode == 0, read.Output);
            var sheets = Newtonsoft.Json.JsonConvert.DeserializeObject<JObject>(read.Output,
                new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!;
            Assert.Equal(["tasks", "periods"], sheets.Properties().Select(p => p.Name));
            var rows = (JArray)sheets["tasks"]!;
            Assert.Equal(109, rows.Count);
            Assert.Equal(["序号", "工作任务", "最新状态", "最近报送时间", "牵头部门"], rows[0].Select(c => (string)c!));
            Assert.Equal(expected.Select(r => (string?)r["工作任务"]), rows.Skip(1).Select(r => (string?)r[1]));
            Assert.Equal("2023-01-25T00:00:00", (string?)sheets["periods"]![1]![1]);

            // LibreOffice: converted to CSV headless, the first sheet has the same rows.
            var converted = OfficeReaders.Convert(file, "csv:\"Text - txt - csv (StarCalc)\":44,34,76", folder.FullName);
            Assert.True(converted.ExitCode == 0, converted.Output);
            var lines = File.ReadAllLines(Path.Combine(folder.FullName, "tasks.csv"), Encoding.UTF8);
            Assert.Equal(109, lines.Length);
            Assert.StartsWith("序号,工作任务,最新状态,最近报送时间,牵头部门", lines[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
