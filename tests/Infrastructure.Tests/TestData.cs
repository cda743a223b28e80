using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Tests;

/// <summary>The bundled plan and reference data, as copied into the test output (never read from outside it).</summary>
public static class TestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    public static ReferenceData Reference { get; } = ReferenceData.Load(Path.Combine(Folder, "reference"));

    public static string Plan2023 => File.ReadAllText(Path.Combine(Folder, "plans", "wuzhong-2023.txt"));

    public const string Header = "序号\t名称\t工作任务\t主要责任部门\t主要责任板块\t分管区领导";

    public const string Preamble = "苏州市吴中区人民政府文件\n\n吴政发〔2024〕9号\n\n附件：\n\n苏州市吴中区人民政府2024年主要工作任务分解方案\n\n";

    /// <summary>A small plan text: the preamble, the header, then the given rows (cells joined by TAB).</summary>
    public static string Plan(params string[] rows) => Preamble + Header + "\n" + string.Join("\n", rows) + "\n";

    public static string Row(params string[] cells) => string.Join('\t', cells);

    /// <summary>A well-formed plan: one target, one section with two groups of tasks.</summary>
    public static string SmallPlan(params string[] extraTaskRows) => Plan(
        [
            Row("一、经济社会发展主要预期目标", "", "", "", "", ""),
            Row("1", "地区生产总值", "地区生产总值增长 6%左右", "★发改委", "——", "张华谦"),
            Row("二、工作任务分解", "", "", "", "", ""),
            Row("(一) 实施产业强区工程", "", "", "", "", ""),
            Row("1", "第一组", "(1) 任务一。", "★资规分局、发改委", "金庭镇", "周学斌"),
            Row("", "", "(2) 任务二。", "★水务局", "_____", ""),
            Row("2", "第二组", "(3) 任务三。", "交运局", "——", "李烨"),
            .. extraTaskRows,
        ]);

    public static PlanDraft Assemble(string text, out ImportReport report)
    {
        report = new ImportReport();
        return new PlanAssembler(Reference).Assemble(PlanTextReader.Read(text), report);
    }

    /// <summary>A change recorder for a context of a test (the change feed itself is the API's to test).</summary>
    public static ChangeRecorder Changes(WuzhongDbContext db) => new(db, TimeProvider.System, new CommittedChangeSignal());

    /// <summary>The projection for a context of a test.</summary>
    public static ProgressProjection Projection(WuzhongDbContext db) => new(db, Changes(db));
}
