using Snapshooter.Xunit;
using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Infrastructure.Tests.Import;

/// <summary>The published 2023 plan comes out in its true structure, every repair reported.</summary>
public class BundledPlanTests
{
    private static readonly PlanDraft Draft = TestData.Assemble(TestData.Plan2023, out Report);
    private static readonly ImportReport Report;

    [Fact]
    public void Has_11_targets_and_108_tasks_in_8_sections()
    {
        Assert.Equal(Enumerable.Range(1, 11), Draft.Targets.Select(t => t.Number));
        Assert.Equal(108, Draft.Tasks.Count());
        Assert.Equal(["打好三场硬仗", "(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "全面建设人民满意政府"],
            Draft.Sections.Select(s => s.Title.StartsWith('(') ? s.Title[..3] : s.Title));
    }

    [Fact]
    public void Numbers_tasks_1_to_8_in_the_three_battles_and_1_to_100_in_the_rest()
    {
        Assert.Equal(Enumerable.Range(1, 8), Draft.Sections[0].Groups.SelectMany(g => g.Tasks).Select(t => t.Number));
        Assert.Equal(Enumerable.Range(1, 100), Draft.Sections.Skip(1).SelectMany(s => s.Groups).SelectMany(g => g.Tasks).Select(t => t.Number));
        Assert.Equal(Enumerable.Range(1, 21), Draft.Sections.Skip(1).SelectMany(s => s.Groups).Select(g => g.Number));
    }

    [Fact]
    public void Keeps_tasks_2_to_4_in_group_1_where_the_page_break_misplaced_the_cell_of_group_2()
    {
        var groups = Draft.Sections[1].Groups;
        Assert.Equal("更大力度打造产业集群", groups[0].Name);
        Assert.Equal([1, 2, 3, 4], groups[0].Tasks.Select(t => t.Number));
        Assert.Equal([5, 6, 7, 8, 9], groups[1].Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Task_44_is_led_by_the_planning_branch_and_the_pollution_office_in_jinting()
    {
        var task = Draft.Sections[4].Groups.SelectMany(g => g.Tasks).Single(t => t.Number == 44);

        Assert.Equal([new ResolvedName("资规分局", true), new ResolvedName("污防攻坚办", true)], task.Departments);
        Assert.Equal("金庭镇", task.Districts.Single().Name);
        Assert.Equal("李烨", task.Leaders.Single().Name);
    }

    [Fact]
    public void Every_kind_of_damage_in_the_glossary_is_repaired_and_reported()
    {
        var kinds = Report.Corrections.Select(c => c.Kind).ToHashSet();
        Assert.Superset(new HashSet<CorrectionKind>
        {
            CorrectionKind.RepeatedHeaderSkipped, CorrectionKind.GroupCellMisplaced, CorrectionKind.SectionHeadingMoved,
            CorrectionKind.RowSplit, CorrectionKind.AliasResolved, CorrectionKind.StraySpaceRemoved,
            CorrectionKind.NameCutShort, CorrectionKind.CollectiveSplit,
        }, kinds);
        Assert.DoesNotContain(CorrectionKind.NumberingGap, kinds);
    }

    [Fact]
    public void Tasks_naming_a_collective_entry_are_reported_with_the_districts_they_cover()
    {
        var expansions = Report.CollectiveExpansions;

        Assert.Equal(Draft.Tasks.Sum(t => t.Districts.Count(d => d.Name is "各镇" or "各镇（街道）")), expansions.Count);
        var task8 = Assert.Single(expansions, e => e.TaskNumber == 8 && e.Collective == "各镇");
        Assert.Contains("金庭镇", task8.Members);
        Assert.DoesNotContain("长桥街道", task8.Members);
        Assert.Contains(expansions, e => e.Collective == "各镇（街道）" && e.Members.Contains("长桥街道"));
    }

    [Fact]
    public void The_whole_structure_matches_the_reviewed_snapshot()
    {
        // The reviewed reading of the document: any change in what the importer makes of it shows here.
        Snapshot.Match(new
        {
            Draft.Preamble,
            Targets = Draft.Targets.Select(t => $"{t.Number} {t.Name} | {Names(t.Departments)} | {Names(t.Leaders)}"),
            Sections = Draft.Sections.Select(s => new
            {
                s.Title,
                s.NumberingScope,
                Groups = s.Groups.Select(g => new
                {
                    Group = $"{g.Number} {g.Name}",
                    Tasks = g.Tasks.Select(t => $"({t.Number}) {Names(t.Departments)} | {Names(t.Districts)} | {Names(t.Leaders)}"),
                }),
            }),
            Corrections = Report.Corrections.Select(c => c.ToString()),
            CollectiveExpansions = Report.CollectiveExpansions.Select(e => e.ToString()),
        });
    }

    private static string Names(IEnumerable<ResolvedName> names) => string.Join("、", names.Select(n => (n.IsLead ? "★" : "") + n.Name));
}
