using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Import;

public sealed class AmendedPlanTestsOnSqlite() : AmendedPlanTests(TestProvider.Sqlite);

public sealed class AmendedPlanTestsOnPostgreSql() : AmendedPlanTests(TestProvider.PostgreSql);

/// <summary>
/// An amended plan imported over the one in the database, as the office does during the year: tasks removed, inserted,
/// renumbered and reworded, some with reports.
/// </summary>
public abstract partial class AmendedPlanTests(TestProvider provider) : ImportDatabaseTests(provider)
{
    private const string Task20 = "加快区级人才发展服务中心、留学生创业园建设，新增人才公寓 3000 套。";
    private const string Task21 = "继续深化职业技能提升行动，新增高技能人才 6000 人。";
    private const string Task44 = "完成西山国家森林公园规划报批及违建整治工作。";
    private const string Task44Amended = "完成西山国家森林公园规划报批及违建整治工作，年底前形成整治清单。";
    private const string NewTask = "推进全区公共数据开放共享，建成数据开放平台。";

    /// <summary>
    /// The 2023 plan amended: (20) (reported) and (21) (not) removed, every later task of their run numbered two less,
    /// (44)'s text extended, and a new last task (99).
    /// </summary>
    private static string Amendment()
    {
        var lines = TestData.Plan2023.Split('\n').Where(l => !l.Contains(Task20) && !l.Contains(Task21)).ToList();
        var last = lines.FindLastIndex(l => l.Contains("(100) "));
        lines.Insert(last + 1, $"\t\t(101) {NewTask}\t★工信局、发改委\t——\t周学斌");
        var text = string.Join('\n', lines).Replace(Task44, Task44Amended);
        // Tasks of the (1)–(100) run after (21) move up two places; the (1)–(8) run is below 21 and keeps its numbers.
        return TaskNumber().Replace(text, m => int.Parse(m.Groups[1].Value) is var n && n > 21 ? $"({n - 2})" : m.Value);
    }

    [GeneratedRegex(@"(?<=\t|<p>)\((\d+)\)")]
    private static partial Regex TaskNumber();

    private async Task ReportAsync(string text)
    {
        await using var db = NewContext();
        var task = await db.WorkTasks.Include(t => t.Departments).SingleAsync(t => t.Text == text);
        db.ProgressReports.Add(new ProgressReport
        {
            WorkTaskId = task.Id, DepartmentId = task.Departments[0].DepartmentId, ReportPeriodId = (await db.ReportPeriods.FirstAsync()).Id,
            Status = TaskProgressStatus.OnTrack, ProgressPercent = 30, Summary = "推进中", Revision = 1,
        });
        await db.SaveChangesAsync();
        await TestData.Projection(db).RefreshTaskAsync(task.Id, default);
    }

    private Task<Dictionary<string, int>> IdsByTextAsync() =>
        QueryAsync(db => db.WorkTasks.IgnoreQueryFilters().ToDictionaryAsync(t => t.Text, t => t.Id));

    [SkippableFact]
    public async Task Tasks_keep_their_ids_and_reports_through_removals_renumbering_and_rewording()
    {
        await ImportAsync(TestData.Plan2023);
        await ReportAsync(Task20);
        await ReportAsync(Task44);
        var before = await IdsByTextAsync();

        var report = await ImportAsync(Amendment());

        var after = await IdsByTextAsync();
        var kept = before.Keys.Except([Task20, Task21, Task44]).ToList();
        Assert.Equal(105, kept.Count);
        Assert.All(kept, text => Assert.Equal(before[text], after[text]));
        Assert.Equal(before[Task44], after[Task44Amended]);
        Assert.Equal(1, await QueryAsync(db => db.ProgressReports.CountAsync(r => r.WorkTaskId == before[Task44])));
        Assert.Equal(42, await QueryAsync(db => db.WorkTasks.Where(t => t.Id == before[Task44]).Select(t => t.Number).SingleAsync()));

        var changes = report.TaskChanges.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([TaskChangeKind.Added, TaskChangeKind.Renumbered, TaskChangeKind.Amended, TaskChangeKind.Removed, TaskChangeKind.Withdrawn],
            changes.Keys.Order());
        Assert.Equal((20, (int?)null, 1), (changes[TaskChangeKind.Withdrawn].Single().From!.Value, changes[TaskChangeKind.Withdrawn].Single().To, changes[TaskChangeKind.Withdrawn].Single().Reports));
        Assert.Equal(21, changes[TaskChangeKind.Removed].Single().From);
        Assert.Equal((44, 42), (changes[TaskChangeKind.Amended].Single().From!.Value, changes[TaskChangeKind.Amended].Single().To!.Value));
        Assert.Equal((null, 99), (changes[TaskChangeKind.Added].Single().From, changes[TaskChangeKind.Added].Single().To!.Value));
        // (22)–(100) but (44): each two less.
        Assert.Equal(78, changes[TaskChangeKind.Renumbered].Count);
        Assert.All(changes[TaskChangeKind.Renumbered], c => Assert.Equal(c.From - 2, c.To));
        Assert.Contains("1 withdrawn", report.ToString());
    }

    [SkippableFact]
    public async Task A_removed_task_with_reports_is_withdrawn_with_them_and_leaves_lists_and_figures()
    {
        await ImportAsync(TestData.Plan2023);
        await ReportAsync(Task20);
        var id = (await IdsByTextAsync())[Task20];

        await ImportAsync(Amendment());

        var withdrawn = await QueryAsync(db => db.WorkTasks.IgnoreQueryFilters().Include(t => t.Departments).SingleAsync(t => t.Id == id));
        Assert.NotNull(withdrawn.WithdrawnAt);
        Assert.Empty(withdrawn.Departments);
        Assert.Equal(1, await QueryAsync(db => db.ProgressReports.CountAsync(r => r.WorkTaskId == id)));
        Assert.Equal(107, await QueryAsync(db => db.WorkTasks.CountAsync()));
        Assert.False(await QueryAsync(db => db.WorkTasks.AnyAsync(t => t.Id == id)));
        Assert.Equal((0, 0, 0), await QueryAsync(async db => (await db.TaskProgress.CountAsync(p => p.WorkTaskId == id),
            await db.ReportFacts.CountAsync(f => f.WorkTaskId == id), await db.TaskDepartmentProgress.CountAsync(p => p.WorkTaskId == id))));
        Assert.False(await QueryAsync(db => db.WorkTasks.IgnoreQueryFilters().AnyAsync(t => t.Text == Task21)));

        // The projection rebuilt from every report does not bring it back.
        await QueryAsync(db => TestData.Projection(db).RebuildAsync(default));
        Assert.Equal(0, await QueryAsync(db => db.TaskProgress.CountAsync(p => p.WorkTaskId == id)));
    }

    [SkippableFact]
    public async Task The_plan_as_it_was_brings_the_withdrawn_task_back_with_its_reports_and_standing()
    {
        await ImportAsync(TestData.Plan2023);
        await ReportAsync(Task20);
        var before = await IdsByTextAsync();
        await ImportAsync(Amendment());

        var report = await ImportAsync(TestData.Plan2023);

        var restored = report.TaskChanges.Single(c => c.Kind == TaskChangeKind.Restored);
        Assert.Equal((20, 1), (restored.To!.Value, restored.Reports));
        Assert.Equal(108, await QueryAsync(db => db.WorkTasks.CountAsync()));
        Assert.Equal(before[Task20], (await IdsByTextAsync())[Task20]);
        Assert.Equal(30, await QueryAsync(db => db.TaskProgress.Where(p => p.WorkTaskId == before[Task20]).Select(p => p.LatestPercent).SingleAsync()));
        Assert.Equal(3, await QueryAsync(db => db.TaskDepartments.CountAsync(l => l.WorkTaskId == before[Task20])));
        Assert.NotEqual(before[Task21], (await IdsByTextAsync())[Task21]);
        Assert.Equal(TaskChangeKind.Removed, report.TaskChanges.Single(c => c.Text == NewTask).Kind);

        var again = await ImportAsync(TestData.Plan2023);
        Assert.Empty(again.TaskChanges);
        Assert.Equal(0, again.RowsChanged);
    }

    [SkippableFact]
    public async Task Another_task_under_a_reported_tasks_number_does_not_take_its_reports()
    {
        await ImportAsync(TestData.Plan2023);
        await ReportAsync(Task21);
        var before = await IdsByTextAsync();
        const string other = "开展全区养老服务设施布局专项规划编制。";

        var report = await ImportAsync(TestData.Plan2023.Replace(Task21, other));

        Assert.Equal([TaskChangeKind.Added, TaskChangeKind.Withdrawn], report.TaskChanges.Select(c => c.Kind).Order());
        var after = await IdsByTextAsync();
        Assert.NotEqual(before[Task21], after[other]);
        Assert.Equal(21, await QueryAsync(db => db.WorkTasks.Where(t => t.Id == after[other]).Select(t => t.Number).SingleAsync()));
        Assert.Equal(0, await QueryAsync(db => db.ProgressReports.CountAsync(r => r.WorkTaskId == after[other])));
    }

    [SkippableFact]
    public async Task A_reworded_task_keeps_its_id_under_its_number()
    {
        await ImportAsync(TestData.Plan2023);
        var before = await IdsByTextAsync();
        const string reworded = "继续深化职业技能提升行动，新增高技能人才 8000 人。";

        var report = await ImportAsync(TestData.Plan2023.Replace(Task21, reworded));

        Assert.Equal(before[Task21], (await IdsByTextAsync())[reworded]);
        Assert.Equal((TaskChangeKind.Amended, 21, 21), report.TaskChanges.Select(c => (c.Kind, c.From!.Value, c.To!.Value)).Single());
    }

    [SkippableFact]
    public async Task A_dry_run_says_what_the_amendment_would_change_and_writes_nothing()
    {
        await ImportAsync(TestData.Plan2023);
        await ReportAsync(Task20);
        var before = await IdsByTextAsync();

        await using var db = NewContext();
        var importer = new PlanImporter(db, ReferenceLibrary.Of(TestData.Reference), TestData.Changes(db));
        var (draft, checkedReport) = importer.Check(TextDocumentReader.Read(Amendment()));
        var preview = await importer.PreviewAsync(draft, checkedReport);

        Assert.False(preview.Written);
        Assert.Equal([TaskChangeKind.Added, TaskChangeKind.Renumbered, TaskChangeKind.Amended, TaskChangeKind.Removed, TaskChangeKind.Withdrawn],
            preview.TaskChanges.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(before, await IdsByTextAsync());
        Assert.Equal(108, await QueryAsync(db => db.WorkTasks.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.DataChanges.CountAsync(c => c.Kind == ChangeKind.PlanTaskChanged)));

        // The import itself then records one change for each task it changed (the removed one is gone).
        var report = await ImportAsync(Amendment());
        Assert.Equal(report.TaskChanges.Count(c => c.Kind != TaskChangeKind.Removed),
            await QueryAsync(db => db.DataChanges.CountAsync(c => c.Kind == ChangeKind.PlanTaskChanged)));
    }
}
