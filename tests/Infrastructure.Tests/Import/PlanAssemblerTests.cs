using Wuzhong.Infrastructure.Import;
using static Wuzhong.Infrastructure.Tests.TestData;

namespace Wuzhong.Infrastructure.Tests.Import;

/// <summary>Each kind of damage the glossary lists, on a small document, and each malformed input.</summary>
public class PlanAssemblerTests
{
    private static string Shape(PlanDraft draft) => string.Join(" | ", draft.Sections.Select(s =>
        $"{s.Title}: " + string.Join(" ", s.Groups.Select(g => $"G{g.Number}[{string.Join(",", g.Tasks.Select(t => t.Number))}]"))));

    [Fact]
    public void A_well_formed_plan_reads_into_targets_sections_groups_and_tasks()
    {
        var draft = Assemble(SmallPlan(), out var report);

        Assert.Equal("(一) 实施产业强区工程: G1[1,2] G2[3]", Shape(draft));
        var target = Assert.Single(draft.Targets);
        Assert.Equal((1, "地区生产总值", "发改委", "张华谦"), (target.Number, target.Name, target.Departments.Single().Name, target.Leaders.Single().Name));
        var first = draft.Tasks.First();
        Assert.Equal(("任务一。", "资规分局", true, "金庭镇"), (first.Text, first.Departments[0].Name, first.Departments[0].IsLead, first.Districts.Single().Name));
        Assert.Empty(draft.Tasks.ElementAt(1).Leaders);
        Assert.Empty(report.Corrections);
    }

    [Fact]
    public void A_group_cell_that_landed_on_the_first_task_of_a_page_leaves_that_task_in_the_previous_group()
    {
        var draft = Assemble(Plan(
            Row("二、工作任务分解", "", "", "", "", ""),
            Row("(一) 工程", "", "", "", "", ""),
            Row("1", "第一组", "(1) 任务一。", "★水务局", "——", ""),
            "",
            Header,
            Row("2", "第二组", "(2) 任务二。", "★水务局", "——", ""),
            Row("", "", "(3) 任务三。", "★水务局", "——", ""),
            Row("2", "第二组", "(4) 任务四。", "★水务局", "——", ""),
            Row("", "", "(5) 任务五。", "★水务局", "——", "")), out var report);

        Assert.Equal("(一) 工程: G1[1,2,3] G2[4,5]", Shape(draft));
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.GroupCellMisplaced && c.Line == 15);
    }

    [Fact]
    public void A_group_cell_repeated_on_the_next_page_is_ignored()
    {
        var draft = Assemble(Plan(
            Row("二、工作任务分解", "", "", "", "", ""),
            Row("(一) 工程", "", "", "", "", ""),
            Row("1", "第一组", "(1) 任务一。", "★水务局", "——", ""),
            "",
            Header,
            Row("1", "第一组", "(2) 任务二。", "★水务局", "——", ""),
            Row("2", "第二组", "(3) 任务三。", "★水务局", "——", "")), out var report);

        Assert.Equal("(一) 工程: G1[1,2] G2[3]", Shape(draft));
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.GroupCellRepeated && c.Line == 15);
    }

    [Fact]
    public void A_section_heading_in_another_column_is_read_as_a_heading()
    {
        var draft = Assemble(SmallPlan(
            Row("", "", "(二) 实施创新引领工程", "", "", ""),
            Row("3", "第三组", "(4) 任务四。", "★科技局", "——", "张伟")), out var report);

        Assert.Equal("(一) 实施产业强区工程: G1[1,2] G2[3] | (二) 实施创新引领工程: G3[4]", Shape(draft));
        Assert.Equal(draft.Sections[0].NumberingScope, draft.Sections[1].NumberingScope);
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.SectionHeadingMoved);
    }

    [Fact]
    public void A_section_whose_first_task_is_1_starts_a_numbering_of_its_own()
    {
        var draft = Assemble(Plan(
            Row("二、工作任务分解", "", "", "", "", ""),
            Row("打好三场硬仗", "", "", "", "", ""),
            Row("1", "组", "(1) 任务。", "★水务局", "——", ""),
            Row("(一) 工程", "", "", "", "", ""),
            Row("1", "组", "(1) 任务。", "★水务局", "——", ""),
            Row("(二) 工程", "", "", "", "", ""),
            Row("2", "组二", "(2) 任务。", "★水务局", "——", "")), out _);

        Assert.Equal([1, 2, 2], draft.Sections.Select(s => s.NumberingScope));
    }

    [Fact]
    public void Two_tasks_sharing_one_row_are_split_with_their_departments_districts_and_leaders()
    {
        var draft = Assemble(SmallPlan(
            Row("3", "第三组", "<p>(4) 任务四。</p> <p>(5) 任务五。</p>", "★卫健委 ★教育局", "—— 金庭镇", "朱筱菁 张伟")), out var report);

        var (four, five) = (draft.Tasks.Single(t => t.Number == 4), draft.Tasks.Single(t => t.Number == 5));
        Assert.Equal(("任务四。", "卫健委", 0, "朱筱菁"), (four.Text, four.Departments.Single().Name, four.Districts.Count, four.Leaders.Single().Name));
        Assert.Equal(("任务五。", "教育局", "金庭镇", "张伟"), (five.Text, five.Departments.Single().Name, five.Districts.Single().Name, five.Leaders.Single().Name));
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.RowSplit);
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.MarkupRemoved);
    }

    [Fact]
    public void A_shared_row_whose_cells_cannot_be_split_per_task_is_refused()
    {
        var error = Assert.Throws<PlanImportException>(() => Assemble(SmallPlan(
            Row("3", "第三组", "<p>(4) 任务四。</p> <p>(5) 任务五。</p>", "★卫健委", "——  ——", "朱筱菁 张伟")), out _));

        Assert.Equal(17, error.Line);
        Assert.Contains("does not split into 2 parts", error.Message);
    }

    [Fact]
    public void A_task_without_a_number_fails_with_its_line()
    {
        var error = Assert.Throws<PlanImportException>(() => Assemble(SmallPlan(Row("", "", "任务没有编号。", "★水务局", "——", "")), out _));

        Assert.Equal(17, error.Line);
        Assert.Contains("a task without a number", error.Message);
    }

    [Fact]
    public void A_task_number_used_twice_in_one_numbering_fails()
    {
        var error = Assert.Throws<PlanImportException>(() => Assemble(SmallPlan(Row("", "", "(3) 又是三。", "★水务局", "——", "")), out _));

        Assert.Equal(17, error.Line);
        Assert.Contains("task (3) appears twice", error.Message);
    }

    [Fact]
    public void A_group_numbered_in_chinese_numerals_reads_its_number_and_another_word_fails()
    {
        var draft = Assemble(SmallPlan(Row("三", "第三组", "(4) 任务四。", "★水务局", "——", "")), out _);
        var error = Assert.Throws<PlanImportException>(() => Assemble(SmallPlan(Row("甲", "第三组", "(4) 任务四。", "★水务局", "——", "")), out _));

        Assert.Equal((3, "第三组"), (draft.Sections[0].Groups[^1].Number, draft.Sections[0].Groups[^1].Name));
        Assert.Contains("\"甲\" is not a number", error.Message);
    }

    [Fact]
    public void Every_unknown_name_of_the_document_is_listed_in_one_pass_with_its_line()
    {
        Assemble(SmallPlan(Row("", "", "(4) 任务四。", "★月球开发局", "——", ""), Row("", "", "(5) 任务五。", "★水务局", "火星镇", "钱 宇")), out var report);

        Assert.Equal(
            [new UnknownName(17, "department", "月球开发局", "主要责任部门"), new UnknownName(18, "district", "火星镇", "主要责任板块"),
             new UnknownName(18, "leader", "钱宇", "分管区领导")],
            report.UnknownNames);
    }

    [Fact]
    public void A_gap_in_the_task_numbers_is_reported_but_kept()
    {
        var draft = Assemble(SmallPlan(Row("", "", "(5) 任务五。", "★水务局", "——", "")), out var report);

        Assert.Contains(draft.Tasks, t => t.Number == 5);
        Assert.Contains(report.Corrections, c => c.Kind == CorrectionKind.NumberingGap && c.Line == 17);
    }

    [Fact]
    public void Tasks_without_any_section_heading_stand_in_one_section_named_after_their_part()
    {
        var draft = Assemble(Plan(
            Row("二、工作任务分解", "", "", "", "", ""),
            Row("1", "组", "(1) 任务。", "★水务局", "——", ""),
            Row("", "", "2、任务二。", "★水务局", "——", "")), out _);

        var section = Assert.Single(draft.Sections);
        Assert.Equal("工作任务分解", section.Title);
        Assert.Equal([1, 2], draft.Tasks.Select(t => t.Number));
    }

    [Theory]
    [InlineData("(12) 任务。", 12)]
    [InlineData("（12）任务。", 12)]
    [InlineData("12.任务。", 12)]
    [InlineData("12．任务。", 12)]
    [InlineData("12、任务。", 12)]
    public void A_task_is_numbered_as_plans_print_it(string text, int number)
    {
        var draft = Assemble(Plan(Row("二、工作任务分解", "", "", "", "", ""), Row("(一) 工程", "", "", "", "", ""), Row("1", "组", text, "★水务局", "——", "")), out _);

        Assert.Equal((number, "任务。"), (draft.Tasks.Single().Number, draft.Tasks.Single().Text));
    }

    [Fact]
    public void A_task_text_that_starts_with_a_quantity_is_not_read_as_numbered_nor_numbered_by_its_group()
    {
        var error = Assert.Throws<PlanImportException>(() => Assemble(Plan(Row("二、工作任务分解", "", "", "", "", ""), Row("(一) 工程", "", "", "", "", ""),
            Row("1", "组", "(1) 任务一。", "★水务局", "——", ""), Row("2", "组二", "2.5万平方米厂房改造。", "★水务局", "——", "")), out _));

        Assert.Contains("a task without a number", error.Message);
    }

    [Fact]
    public void A_table_that_numbers_its_tasks_in_序号_names_their_groups_in_名称()
    {
        var draft = Assemble(Plan(Row("二、工作任务分解", "", "", "", "", ""),
            Row("12", "打好区域协同总体仗", "高站位服务构建市内全域一体化发展格局。", "★发改委", "——", "周学斌"),
            Row("13", "", "加快实现基础设施“四方缝合”。", "★交运局", "——", "周学斌"),
            Row("14", "打好能级提升持久仗", "深度融入长三角科技创新共同体。", "★科技局", "——", "张伟")), out _);

        Assert.Equal(["1 打好区域协同总体仗: 12 13", "2 打好能级提升持久仗: 14"],
            draft.Sections.Single().Groups.Select(g => $"{g.Number} {g.Name}: {string.Join(" ", g.Tasks.Select(t => t.Number))}"));
    }

    [Fact]
    public void A_task_that_names_no_responsible_department_is_imported_and_reported()
    {
        var draft = Assemble(SmallPlan(Row("", "", "(4) 任务四。", "——", "金庭镇", "")), out var report);

        Assert.Empty(draft.Tasks.Single(t => t.Number == 4).Departments);
        var finding = Assert.Single(report.Corrections, c => c.Kind == CorrectionKind.NoResponsibleDepartment);
        Assert.Contains("task (4)", finding.Message);
    }

    [Fact]
    public void A_target_keeps_its_districts_and_an_unknown_one_is_listed()
    {
        var draft = Assemble(Plan(
            Row("一、经济社会发展主要预期目标", "", "", "", "", ""),
            Row("1", "地区生产总值", "地区生产总值增长 6%左右", "★发改委", "金庭镇、东山镇", "张华谦"),
            Row("2", "财政收入", "一般公共预算收入增长 6%以上", "★财政局", "不存在的板块、月球", "张华谦")), out var report);

        Assert.Equal(["金庭镇", "东山镇"], draft.Targets[0].Districts.Select(d => d.Name));
        Assert.Equal(["不存在的板块", "月球"], report.UnknownNames.Select(n => n.Name));
        Assert.All(report.UnknownNames, n => Assert.Equal((12, "district"), (n.Line, n.Kind)));
    }
}
