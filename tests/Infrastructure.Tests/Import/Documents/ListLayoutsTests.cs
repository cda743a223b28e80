using System.Text;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>Plans published as lists, without a table: responsibilities in brackets after each item, or on the lines after it.</summary>
public sealed class ListLayoutsTests
{
    private const string Notice = "苏州市吴中区人民政府文件\n吴政发〔2024〕9号\n苏州市吴中区人民政府2024年主要工作任务分解方案\n";

    private const string InBrackets = Notice + """
        一、经济社会发展主要预期目标
        1. 地区生产总值增长6%左右。（责任领导：张华谦；牵头单位：发改委）
        2. 城镇调查失业率控制在4.5%以内。（责任领导：张伟；牵头单位：人社局；责任单位：财政局）
        二、重点工作任务
        打好三场硬仗
        （一）打好区域协同总体仗
        1. 高站位服务构建市内全域一体化发展格局。（责任领导：周学斌、李烨；牵头单位：发改委；责任单位：经开区、金庭镇）
        2. 加快实现基础设施“四方缝合”，全力提升区域联通道路的互联互通性。（责任领导：周学斌；牵头单位：交运局、资规分局）
        （二）打好能级提升持久仗
        3. 深度融入长三角科技创新共同体。（责任领导：张伟；牵头单位：科技局；责任单位：工信局）
        """;

    private const string OnFollowingLines = Notice + """
        一、经济社会发展主要预期目标
        1. 地区生产总值增长6%左右。
        牵头单位：发改委
        2. 城镇调查失业率控制在4.5%以内。
        牵头单位：人社局
        责任单位：财政局
        二、重点工作任务
        打好三场硬仗
        （一）打好区域协同总体仗
        1. 高站位服务构建市内全域一体化发展格局。
        牵头单位：发改委
        责任单位：经开区、金庭镇
        2. 加快实现基础设施“四方缝合”，
        全力提升区域联通道路的互联互通性。
        牵头单位：交运局、资规分局
        （二）打好能级提升持久仗
        3. 深度融入长三角科技创新共同体。
        牵头单位：科技局
        责任单位：工信局
        """;

    private static PlanDraft Assemble(string text, string file, out ImportReport report)
    {
        var bytes = Path.GetExtension(file) switch
        {
            ".html" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(text.Split('\n').Select(l => $"<p>{l}</p>\n")) + "</body></html>"),
            ".pdf" => Pdf(text),
            _ => Encoding.UTF8.GetBytes(text),
        };
        report = new ImportReport();
        return new PlanAssembler(TestData.Reference).Assemble(PlanTextReader.Read(PlanDocumentReader.Read(bytes, file)), report);
    }

    /// <summary>The list as a PDF, each line of it a paragraph.</summary>
    private static byte[] Pdf(string text)
    {
        var pdf = new PdfWriter();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            pdf.Paragraph(line);
        }
        return pdf.ToArray();
    }

    private static string Names(IEnumerable<ResolvedName> names) => string.Join("、", names.Select(n => (n.IsLead ? "★" : "") + n.Name));

    [Theory]
    [InlineData("brackets.txt", true)]
    [InlineData("brackets.html", true)]
    [InlineData("lines.txt", false)]
    [InlineData("lines.html", false)]
    [InlineData("brackets.pdf", true)]
    [InlineData("lines.pdf", false)]
    public void A_list_plan_reads_to_its_targets_groups_and_tasks_with_their_responsibilities(string file, bool inBrackets)
    {
        var draft = Assemble(inBrackets ? InBrackets : OnFollowingLines, file, out var report);

        Assert.Equal(["1 地区生产总值 ★发改委", "2 城镇调查失业率 ★人社局、财政局（国资办）"],
            draft.Targets.Select(t => $"{t.Number} {t.Name} {Names(t.Departments)}"));
        var section = Assert.Single(draft.Sections);
        Assert.Equal("打好三场硬仗", section.Title);
        Assert.Equal(["1 打好区域协同总体仗: 1 2", "2 打好能级提升持久仗: 3"],
            section.Groups.Select(g => $"{g.Number} {g.Name}: {string.Join(" ", g.Tasks.Select(t => t.Number))}"));
        var first = draft.Tasks.First();
        Assert.Equal(("★发改委", "经开区、金庭镇", inBrackets ? "周学斌、李烨" : ""), (Names(first.Departments), Names(first.Districts), Names(first.Leaders)));
        Assert.Equal("加快实现基础设施“四方缝合”，全力提升区域联通道路的互联互通性。", draft.Tasks.ElementAt(1).Text);
        Assert.Equal("★交运局、★资规分局", Names(draft.Tasks.ElementAt(1).Departments));
        Assert.Empty(report.UnknownNames);
    }

    [Fact]
    public void A_text_that_is_neither_a_table_nor_a_list_says_what_was_looked_for()
    {
        var error = Assert.Throws<PlanImportException>(() => PlanTextReader.Read(PlanDocumentReader.Read(Encoding.UTF8.GetBytes(Notice + "一、总体要求\n坚持稳中求进。\n"), "plan.txt")));

        Assert.Contains("no table header found in this text (UTF-8, TAB-separated)", error.Message);
        Assert.Contains("no list of items with their responsibilities", error.Message);
    }
}
