using System.Text;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>
/// The table layouts of other districts' plans, written by the test: other columns (序号 | 项目 | 重点工作目标任务 |
/// 牵头领导 | 责任单位, no 主要责任板块, towns among the units), targets numbered in their text under one merged cell,
/// tasks numbered on from them, groups without section rows, leader cells merged over several rows and two leaders
/// in one cell on two lines; lead and supporting departments in columns of their own.
/// </summary>
public sealed class OtherLayoutsTests
{
    private static readonly string[] Notice = ["某某区人民政府文件", "吴政发〔2024〕9号", "苏州市吴中区人民政府2024年重点工作任务分解方案"];

    private static readonly PublishedPlan OneRun = new(Notice,
    [
        ["序号", "项目", "重点工作目标任务", "牵头领导", "责任单位"],
        ["一", "主要预期目标", "1.地区生产总值增长6%左右", "张华谦", "发改委"],
        ["", "", "2.一般公共预算收入增长6%以上", "", "财政局、税务局"],
        ["", "", "3.城镇调查失业率控制在4.5%以内", "张伟", "人社局"],
        ["二", "打好区域协同总体仗", "4.高站位服务构建市内全域一体化发展格局。", "周学斌\n李烨", "发改委、经开区、金庭镇"],
        ["", "", "5.加快实现基础设施“四方缝合”。", "", "交运局、资规分局"],
        ["三", "打好能级提升持久仗", "6、深度融入长三角科技创新共同体。", "张伟", "科技局"],
    ])
    {
        // The publisher merged the group cells and the leader cells down over the rows they hold for.
        GroupColumns = [0, 1, 3],
    };

    public static TheoryData<string> Formats => ["plan.docx", "plan.xlsx", "plan.html", "plan.pdf"];

    private static PlanDocument Document(PublishedPlan plan, string file) => PlanDocumentReader.Read(file switch
    {
        "plan.docx" => PlanDocumentWriters.Docx(plan),
        "plan.xlsx" => PlanDocumentWriters.Xlsx(plan),
        "plan.pdf" => PlanDocumentWriters.Pdf(plan),
        _ => Encoding.UTF8.GetBytes(PlanDocumentWriters.Html(plan)),
    }, file);

    private static PlanDraft Assemble(PlanDocument document, out ImportReport report)
    {
        report = new ImportReport();
        return new PlanAssembler(TestData.Reference).Assemble(PlanTextReader.Read(document), report);
    }

    private static string Names(IEnumerable<ResolvedName> names) => string.Join("、", names.Select(n => (n.IsLead ? "★" : "") + n.Name));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Targets_under_one_merged_cell_and_tasks_numbered_on_from_them_are_read_as_published(string file)
    {
        var draft = Assemble(Document(OneRun, file), out var report);

        Assert.Equal(["1 地区生产总值 | 地区生产总值增长6%左右 | 发改委 | 张华谦",
                      "2 一般公共预算收入 | 一般公共预算收入增长6%以上 | 财政局（国资办）、税务局 | 张华谦",
                      "3 城镇调查失业率 | 城镇调查失业率控制在4.5%以内 | 人社局 | 张伟"],
            draft.Targets.Select(t => $"{t.Number} {t.Name} | {t.Text} | {Names(t.Departments)} | {Names(t.Leaders)}"));
        var section = Assert.Single(draft.Sections);
        Assert.Equal(["2 打好区域协同总体仗: 4 5", "3 打好能级提升持久仗: 6"],
            section.Groups.Select(g => $"{g.Number} {g.Name}: {string.Join(" ", g.Tasks.Select(t => t.Number))}"));
        var tasks = draft.Tasks.ToList();
        Assert.Equal("高站位服务构建市内全域一体化发展格局。 | 发改委 | 经开区、金庭镇 | 周学斌、李烨",
            $"{tasks[0].Text} | {Names(tasks[0].Departments)} | {Names(tasks[0].Districts)} | {Names(tasks[0].Leaders)}");
        Assert.Equal("周学斌、李烨", Names(tasks[1].Leaders)); // the merged leader cell holds for the row below
        Assert.Empty(report.UnknownNames);
        Assert.DoesNotContain(report.Corrections, c => c.Kind == CorrectionKind.NumberingGap && c.Message.StartsWith("task", StringComparison.Ordinal));
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.DistrictAmongDepartments && c.From == "金庭镇");
    }

    [Fact]
    public void Lead_and_supporting_departments_in_columns_of_their_own_become_one_list_with_the_leads_marked()
    {
        var plan = new PublishedPlan(Notice,
        [
            ["序号", "名称", "工作任务", "牵头单位", "配合单位", "责任板块", "分管领导"],
            ["一、经济社会发展主要预期目标", "", "", "", "", "", ""],
            ["1", "地区生产总值", "地区生产总值增长 6%左右", "发改委", "工信局", "", "张华谦"],
            ["二、工作任务分解", "", "", "", "", "", ""],
            ["(一) 实施产业强区工程", "", "", "", "", "", ""],
            ["1", "第一组", "(1) 任务一。", "资规分局、水务局", "发改委", "金庭镇", "周学斌"],
            ["", "", "(2) 任务二。", "水务局", "", "", ""],
        ]);

        var draft = Assemble(Document(plan, "plan.html"), out var report);

        Assert.Equal("★发改委、工信局", Names(draft.Targets.Single().Departments));
        Assert.Equal(["★资规分局、★水务局、发改委", "★水务局"], draft.Tasks.Select(t => Names(t.Departments)));
        Assert.Empty(report.UnknownNames);
    }
}
