using System.Text;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>
/// The 2023 plan written by the test in every form it is published in (Word, Excel, a web page, CSV, text in the
/// encodings Chinese offices write), and in another table layout: each reads to the same plan as the bundled text.
/// </summary>
public sealed class PublishedDocumentsTests
{
    private static readonly PublishedPlan Plan = PublishedPlan.FromText(TestData.Plan2023);

    private static readonly (string Structure, string Corrections) FromText = Read(TextDocumentReader.Read(TestData.Plan2023));

    public static TheoryData<string, string> Formats => new()
    {
        { "plan.docx", "Word (.docx)" },
        { "plan.pdf", "PDF" },
        { "plan.xlsx", "Excel (.xlsx)" },
        { "plan.html", "web page (HTML)" },
        { "plan.csv", "CSV (UTF-8)" },
        { "gbk.txt", "text (GB18030, TAB-separated)" },
        { "utf16.txt", "text (UTF-16 LE, TAB-separated)" },
        { "bom.txt", "text (UTF-8 with BOM, TAB-separated)" },
        { "renamed.dat", "Word (.docx)" },
    };

    private static byte[] Write(string name) => name switch
    {
        "plan.docx" or "renamed.dat" => PlanDocumentWriters.Docx(Plan),
        "plan.xlsx" => PlanDocumentWriters.Xlsx(Plan),
        "plan.pdf" => PlanDocumentWriters.Pdf(Plan),
        "plan.html" => Encoding.UTF8.GetBytes(PlanDocumentWriters.Html(Plan)),
        "plan.csv" => Encoding.UTF8.GetBytes(PlanDocumentWriters.Csv(Plan)),
        "gbk.txt" => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(TestData.Plan2023),
        "utf16.txt" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TestData.Plan2023)],
        "bom.txt" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TestData.Plan2023)],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_plan_in_every_published_form_reads_to_the_plan_of_the_text(string file, string format)
    {
        var document = PlanDocumentReader.Read(Write(file), file);
        var (structure, corrections) = Read(document);

        Assert.Equal(format, document.Format);
        Assert.Equal(FromText.Structure, structure);
        Assert.Equal(FromText.Corrections, corrections);
    }

    [Fact]
    public void Columns_in_another_order_under_other_headers_with_a_column_not_read_give_the_same_plan()
    {
        // 序号 名称 工作任务 主要责任部门 主要责任板块 分管区领导 → 序号 分管领导 项目 责任板块 任务内容 责任部门 备注
        var rearranged = Plan.Rearranged([0, 5, 1, 4, 2, 3], ["序号", "分管领导", "项目", "责任板块", "任务内容", "责任部门（★为牵头单位）", "备注"], extraColumns: 1);

        var document = PlanDocumentReader.Read(PlanDocumentWriters.Docx(rearranged), "plan.docx");
        var report = new ImportReport();
        var draft = new PlanAssembler(TestData.Reference).Assemble(PlanTextReader.Read(document), report);

        Assert.Equal(FromText.Structure, Describe(draft));
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.ColumnNotRead && c.Message.Contains("备注"));
    }

    [Fact]
    public void A_PDF_without_text_and_a_damaged_one_say_so()
    {
        var scan = new PdfWriter();
        scan.Line(40, 500, 800, 500);

        var noText = Assert.Throws<PlanImportException>(() => PlanDocumentReader.Read(scan.ToArray(), "scan.pdf"));
        var damaged = Assert.Throws<PlanImportException>(() => PlanDocumentReader.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type"), "cut.pdf"));

        Assert.Contains("no text layer", noText.Message);
        Assert.StartsWith("the PDF document cannot be read", damaged.Problems[0].Reason);
    }

    private static (string Structure, string Corrections) Read(PlanDocument document)
    {
        var report = new ImportReport();
        var draft = new PlanAssembler(TestData.Reference).Assemble(PlanTextReader.Read(document), report);
        Assert.Empty(report.UnknownNames);
        return (Describe(draft), string.Join("\n", report.Corrections.Select(c => $"{c.Kind} {c.Message}")));
    }

    /// <summary>Everything the plan holds, lines left out (they are each format's own).</summary>
    private static string Describe(PlanDraft draft)
    {
        static string Names(IEnumerable<ResolvedName> names) => string.Join("、", names.Select(n => (n.IsLead ? "★" : "") + n.Name));
        var text = new StringBuilder().AppendLine(draft.Preamble.ToString());
        foreach (var target in draft.Targets)
        {
            text.AppendLine($"target {target.Number} {target.Name} | {target.Text} | {Names(target.Departments)} | {Names(target.Leaders)}");
        }
        foreach (var section in draft.Sections)
        {
            text.AppendLine($"section {section.Ordinal} {section.Title} scope {section.NumberingScope}");
            foreach (var group in section.Groups)
            {
                text.AppendLine($"  group {group.Number} {group.Name}");
                foreach (var task in group.Tasks)
                {
                    text.AppendLine($"    ({task.Number}) {task.Text} | {Names(task.Departments)} | {Names(task.Districts)} | {Names(task.Leaders)}");
                }
            }
        }
        return text.ToString();
    }
}
