using System.Net;
using System.Text;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Http;

/// <summary>Health checks, the CSV and workbook exports for spreadsheets, and the IDE page for browsers.</summary>
public sealed class OperationsEndpointsTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task Liveness_and_readiness_answer_with_the_database_checked()
    {
        using var live = await _http.GetAsync("/health/live");
        using var ready = await _http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\",\"description\":\"1 plans loaded\"}", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_CSV_export_is_UTF8_with_a_BOM_and_flattens_nested_fields_and_lists()
    {
        const string Query = """{ tasks(first: 3, order: [{ number: ASC }], where: { section: { ordinal: { eq: 1 } } }) { nodes { number text group { name } leadDepartments { name } leaders { name } } } }""";
        using var response = await _http.PostAsync("/export.csv", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Concat([]).SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal("序号,工作任务,任务组,牵头部门,分管区领导", lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("3,", lines[3]);
        Assert.EndsWith(",打好区域协同总体仗,交运局,周学斌", lines[3]);
    }

    [Fact]
    public async Task The_workbook_export_has_a_sheet_per_connection_with_Chinese_titles_typed_cells_a_frozen_title_row_and_fitted_columns()
    {
        const string Query = """
            {
              tasks(first: 3, order: [{ number: ASC }], where: { section: { ordinal: { eq: 1 } } }) { nodes { number text group { name } leaders { name } isOverdue } }
              periods: reportPeriods(first: 2) { nodes { label year dueDate } }
              targets(first: 2) { nodes { number name goals { value unit } } }
            }
            """;
        using var response = await _http.PostAsync("/export.xlsx", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new MemoryStream(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["tasks", "periods", "targets"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
        var tasks = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "tasks").Cast<IDictionary<string, object?>>().ToList();
        // Columns in the order they first appear (task (1) names no leader, so leaders come after isOverdue).
        Assert.Equal(["序号", "工作任务", "任务组", "是否逾期", "分管区领导"], tasks[0].Keys);
        Assert.Equal(3, tasks.Count);
        Assert.Equal(3d, tasks[2]["序号"]);
        Assert.IsType<double>(tasks[2]["序号"]);
        Assert.Equal("打好区域协同总体仗", tasks[2]["任务组"]);
        Assert.Contains(tasks[2]["是否逾期"], new object?[] { "是", "否" });
        var periods = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "periods").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(new DateTime(2023, 1, 25), periods[0]["截止日期"]);
        Assert.Equal(("2023-01", 2023d), (periods[0]["月份"], periods[0]["年度"]));
        var targets = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "targets").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["序号", "名称", "目标值", "目标单位"], targets[0].Keys);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Contains("ySplit=\"1\"", sheet);
        Assert.Contains("customWidth=\"1\"", sheet);
    }

    [Fact]
    public async Task Two_columns_whose_titles_would_be_the_same_keep_the_first_title_and_the_second_its_path()
    {
        // Titles come from the fields, not the aliases: both columns are 工作任务.
        const string Query = """{ tasks(first: 1) { nodes { text again: text } } }""";
        using var response = await _http.PostAsync("/export.xlsx", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"));
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        var header = MiniExcelLibs.MiniExcel.Query(workbook).Cast<IDictionary<string, object?>>().First().Values;

        Assert.Equal(["工作任务", "again"], header);
    }

    [Fact]
    public async Task The_workbook_export_is_held_to_the_same_limits_and_runs_queries_only()
    {
        using var tooBig = await _http.PostAsync("/export.xlsx", new StringContent("{\"query\":\"{ tasks(first: 5000) { nodes { number } } }\"}", Encoding.UTF8, "application/json"));
        using var mutation = await _http.PostAsync("/export.xlsx", new StringContent(
            "{\"query\":\"mutation { closeReportPeriod(input: { period: \\\"2023-02\\\" }) { errors { code } } }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("PAGE_SIZE_TOO_LARGE", await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mutation.StatusCode);
        Assert.Contains("QUERY_REQUIRED", await mutation.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_CSV_export_is_held_to_the_same_limits_and_refuses_what_it_cannot_export()
    {
        using var tooBig = await _http.PostAsync("/export.csv", new StringContent("{\"query\":\"{ tasks(first: 5000) { nodes { number } } }\"}", Encoding.UTF8, "application/json"));
        using var noConnection = await _http.PostAsync("/export.csv", new StringContent("{\"query\":\"{ plan(code: \\\"吴政发〔2023〕2号\\\") { title } }\"}", Encoding.UTF8, "application/json"));
        using var get = await _http.GetAsync("/export.csv?query=%7B__typename%7D");

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("PAGE_SIZE_TOO_LARGE", await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noConnection.StatusCode);
        Assert.Contains("NO_CONNECTION", await noConnection.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task The_CSV_export_runs_queries_only_and_writes_nothing()
    {
        const string close = "mutation { closeReportPeriod(input: { period: \"2023-02\" }) { errors { code } } }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/export.csv")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = close }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", factory.Token("supervisor"));
        using var refused = await _http.SendAsync(request);
        using var period = await _http.PostAsync("/graphql", new StringContent(
            "{\"query\":\"{ reportPeriods(where: { month: { eq: 2 } }) { nodes { isClosed } } }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("QUERY_REQUIRED", await refused.Content.ReadAsStringAsync());
        Assert.Contains("\"isClosed\":false", await period.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_gets_the_IDE_page_and_a_GraphQL_client_gets_GraphQL()
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await _http.SendAsync(page);
        using var query = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ targets { totalCount } }"));

        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var text = await html.Content.ReadAsStringAsync();
        // Either the IDE (installed with npm ci in tools/) or the page that says how to install it.
        Assert.True(text.Contains("Banana Cake Pop", StringComparison.Ordinal) || text.Contains("npm ci --prefix tools", StringComparison.Ordinal), text[..Math.Min(300, text.Length)]);
        Assert.Contains("\"totalCount\":11", await query.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_IDE_is_configured_for_this_endpoint_and_its_files_are_served_with_validators()
    {
        using var config = await _http.GetAsync("/graphql/bcp-config.json");
        using var missing = await _http.GetAsync("/graphql/static/js/no-such-file.js");

        Assert.Equal("application/json", config.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await config.Content.ReadAsStringAsync());
        Assert.Equal("/graphql", json.RootElement.GetProperty("endpoint").GetString());
        Assert.True(json.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // With the IDE installed (always in CI), a file it loads comes with an ETag, and a revalidation gets 304.
        var favicon = Path.Combine(Wuzhong.Api.Http.IdePage.Folder, "favicon.svg");
        if (File.Exists(favicon))
        {
            using var file = await _http.GetAsync("/graphql/favicon.svg");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("image/svg+xml", file.Content.Headers.ContentType!.MediaType);
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/graphql/favicon.svg");
            revalidate.Headers.IfNoneMatch.Add(file.Headers.ETag!);
            using var notModified = await _http.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }
}
