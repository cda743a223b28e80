using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Circulars;

/// <summary>
/// The monthly circular (督查通报) of June 2023 on the demo reports, opened as its readers open it: every table of the
/// Word document is checked against the API's own answers (asked here with other queries), the print page holds the
/// same tables, and the clock decides between pending and missing.
/// </summary>
public sealed class CircularTests(SqliteDemoData data) : IClassFixture<SqliteDemoData>
{
    private readonly HttpClient _http = data.Factory.CreateClient();
    private GraphQLClient Api => new(_http);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static string Rate(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The document's paragraphs outside tables, and each table's rows of cell texts.</summary>
    private static (List<string> Paragraphs, List<List<string[]>> Tables) Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return (body.Elements<Paragraph>().Select(p => p.InnerText).ToList(),
            body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList());
    }

    private async Task<byte[]> CircularAsync(string period)
    {
        using var response = await _http.GetAsync($"/circulars/{period}.docx");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"督查通报_{period}.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_circular_for_June_holds_the_APIs_figures_in_every_table()
    {
        var api = await Api.QueryAsync("""
            {
              totals: reportingCompliance(period: "2023-06", by: PERIOD) { expected onTime late pending missing onTimeRate }
              months: reportingCompliance(from: "2023-01", to: "2023-06", by: PERIOD) { period { label } expected onTime late pending missing onTimeRate }
              lead: reportingCompliance(period: "2023-06", role: LEAD) { rank department { name } expected onTime late pending missing onTimeRate }
              leadMay: reportingCompliance(period: "2023-05", role: LEAD) { department { name } onTimeRate }
              supporting: reportingCompliance(period: "2023-06", role: SUPPORTING) { rank department { name } expected onTime late pending missing onTimeRate }
              all: reportingCompliance(period: "2023-06") { department { name } expectedReports { task { number } state submittedAt } }
              tasks { aggregates(asOf: "2023-06") { count delayedCount atRiskCount } }
            }
            """);
        var (paragraphs, tables) = Read(await CircularAsync("2023-06"));

        Assert.Equal("2023年主要工作任务推进情况督查通报", paragraphs[0]);
        Assert.Equal("（2023年6月）", paragraphs[1]);
        // Issued by the plan's government office on the day it was written (the demo data's clock: 10 July 2023).
        Assert.Equal("苏州市吴中区人民政府办公室　2023年7月10日", paragraphs[2]);
        var totals = api["totals"]![0]!;
        Assert.Contains(paragraphs, p => p.Contains($"应报送工作进度{(int)totals["expected"]!}份", StringComparison.Ordinal)
            && p.Contains($"按时报送{(int)totals["onTime"]!}份，逾期报送{(int)totals["late"]!}份，待报送{(int)totals["pending"]!}份，逾期未报{(int)totals["missing"]!}份", StringComparison.Ordinal)
            && p.Contains($"按时报送率{Rate((double)totals["onTimeRate"]!)}", StringComparison.Ordinal));
        var aggregates = api["tasks"]!["aggregates"]!;
        Assert.Contains(paragraphs, p => p.Contains($"全区{(int)aggregates["count"]!}项工作任务", StringComparison.Ordinal)
            && p.Contains($"进度滞后{(int)aggregates["delayedCount"]!}项，存在风险{(int)aggregates["atRiskCount"]!}项", StringComparison.Ordinal));

        Assert.Equal(7, tables.Count);
        static string[] Figures(JToken r) => [(string)r["expected"]!, (string)r["onTime"]!, (string)r["late"]!, (string)r["pending"]!, (string)r["missing"]!, Rate((double)r["onTimeRate"]!)];
        // The months in order (the API ranks them by on-time rate).
        Assert.Equal(api["months"]!.OrderBy(m => (string)m["period"]!["label"]!, StringComparer.Ordinal).Select(m => (string[])[(string)m["period"]!["label"]!, .. Figures(m)]),
            tables[0].Skip(1));

        var may = api["leadMay"]!.ToDictionary(r => (string)r["department"]!["name"]!, r => (double)r["onTimeRate"]!);
        Assert.Equal(["排名", "责任单位", "应报", "按时报送", "逾期报送", "待报送", "逾期未报", "按时报送率", "较上月"], tables[1][0]);
        Assert.Equal(api["lead"]!.Select(r => (string[])[(string)r["rank"]!, (string)r["department"]!["name"]!, .. Figures(r), Change(r, may)]), tables[1].Skip(1));
        Assert.Equal(api["supporting"]!.Select(r => ((string)r["rank"]!, (string)r["department"]!["name"]!, (string)r["expected"]!)),
            tables[2].Skip(1).Select(c => (c[0], c[1], c[2])));

        // Who has not reported, and who was late, in the plan's order: every (unit, task) the API names.
        var owed = api["all"]!.SelectMany(row => row["expectedReports"]!.Select(r => (Department: (string)row["department"]!["name"]!, Task: (int)r["task"]!["number"]!,
            State: (string)r["state"]!, At: r["submittedAt"]!))).ToList();
        var missing = owed.Where(r => r.State is "MISSING" or "PENDING").ToList();
        Assert.NotEmpty(missing);
        Assert.Equal(missing.Select(r => (r.Department, $"({r.Task})", r.State == "MISSING" ? "逾期未报" : "待报送")).Order(),
            tables[3].Skip(1).Select(c => (c[1], c[2].Split(' ')[0], c[3])).Order());
        var late = owed.Where(r => r.State == "LATE").ToList();
        Assert.NotEmpty(late);
        Assert.Equal(late.Select(r => (r.Department, $"({r.Task})",
                DateTimeOffset.Parse(r.At.ToString(Newtonsoft.Json.Formatting.None).Trim('"'), CultureInfo.InvariantCulture).ToOffset(Beijing).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture))).Order(),
            tables[4].Skip(1).Select(c => (c[1], c[2].Split(' ')[0], c[3])).Order());
    }

    private static string Change(JToken row, Dictionary<string, double> before) =>
        before.TryGetValue((string)row["department"]!["name"]!, out var rate)
            ? ((double)row["onTimeRate"]! - rate) switch
            {
                > 0.00005 and var up => "+" + (up * 100).ToString("0.0", CultureInfo.InvariantCulture),
                < -0.00005 and var down => (down * 100).ToString("0.0", CultureInfo.InvariantCulture),
                _ => "0.0",
            }
            : "—";

    [Fact]
    public async Task On_the_20th_the_months_reports_not_received_are_pending_and_on_the_26th_missing_by_name()
    {
        var clock = data.Factory.Clock;
        var seen = clock.Now;
        try
        {
            clock.Now = new DateTimeOffset(2023, 6, 20, 10, 0, 0, Beijing);
            var (before, beforeTables) = Read(await CircularAsync("2023-06"));
            clock.Now = new DateTimeOffset(2023, 6, 26, 10, 0, 0, Beijing);
            var (after, afterTables) = Read(await CircularAsync("2023-06"));

            // The 20th: nothing of June is missing yet; whatever has not come is pending, and listed as such.
            Assert.Contains(before, p => p.Contains("逾期未报0份", StringComparison.Ordinal) && p.StartsWith("截至2023年6月20日", StringComparison.Ordinal));
            Assert.NotEmpty(beforeTables[3].Skip(1));
            Assert.All(beforeTables[3].Skip(1), row => Assert.Equal("待报送", row[3]));
            // The 26th: the same reports are missing, by unit and task.
            Assert.Contains(after, p => p.Contains("待报送0份", StringComparison.Ordinal));
            Assert.All(afterTables[3].Skip(1), row => Assert.Equal("逾期未报", row[3]));
            Assert.Equal(beforeTables[3].Skip(1).Select(r => (r[1], r[2])), afterTables[3].Skip(1).Select(r => (r[1], r[2])));
        }
        finally
        {
            clock.Now = seen;
        }
    }

    [Fact]
    public async Task The_print_page_holds_the_same_tables_and_a_bad_or_unknown_period_is_refused_with_a_code()
    {
        var (_, tables) = Read(await CircularAsync("2023-06"));
        using var page = await _http.GetAsync("/dashboard/circular?period=2023-06");
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        using var bad = await _http.GetAsync("/circulars/2023-13.docx");
        using var unknown = await _http.GetAsync("/circulars/2031-06.docx");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2023年主要工作任务推进情况督查通报", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("/circulars/2023-06.docx", html.QuerySelector(".actions a")!.GetAttribute("href"));
        Assert.Equal(tables, html.QuerySelectorAll("table").Select(t => t.QuerySelectorAll("tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList()).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("PERIOD_INVALID", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("PERIOD_NOT_FOUND", await unknown.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_circular_opens_in_python_docx_and_LibreOffice()
    {
        Skip.If(!OfficeReaders.Required && !OfficeReaders.Available("docx"), "python-docx (python3-docx) or LibreOffice (libreoffice-writer-nogui) is not installed");

        var bytes = await CircularAsync("2023-06");
        var (_, tables) = Read(bytes);
        var folder = Directory.CreateTempSubdirectory("wuzhong-circular-");
        try
        {
            var file = Path.Combine(folder.FullName, "circular.docx");
            await File.WriteAllBytesAsync(file, bytes);
            var read = OfficeReaders.Run(OfficeReaders.Python, "-c \"import json, sys, docx; d = docx.Document(sys.argv[1]); " +
                "print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables], ensure_ascii=False))\" " + file);
            Assert.True(read.ExitCode == 0, read.Output);
            Assert.Equal(tables.Select(t => t.Select(r => string.Join('|', r))), JArray.Parse(read.Output).Select(t => t.Select(r => string.Join('|', r.Select(c => (string)c!)))));

            var converted = OfficeReaders.Convert(file, "pdf", folder.FullName);
            Assert.True(converted.ExitCode == 0, converted.Output);
            Assert.True(new FileInfo(Path.Combine(folder.FullName, "circular.pdf")).Length > 10_000, converted.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
