using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Import;

public sealed class PlanImporterTestsOnSqlite() : PlanImporterTests(TestProvider.Sqlite);

public sealed class PlanImporterTestsOnPostgreSql() : PlanImporterTests(TestProvider.PostgreSql);

/// <summary>The importer against a real database of each provider, with the committed migrations.</summary>
public abstract class PlanImporterTests(TestProvider provider) : ImportDatabaseTests(provider)
{
    [SkippableFact]
    public async Task Imports_the_2023_plan_with_its_report()
    {
        var report = await ImportAsync(TestData.Plan2023);

        Assert.Equal((108, 11, 8, 24), (report.TaskCount, report.TargetCount, report.SectionCount, report.GroupCount));
        Assert.Equal(108, await QueryAsync(db => db.WorkTasks.CountAsync()));
        Assert.Equal(12, await QueryAsync(db => db.ReportPeriods.CountAsync(p => p.Year == 2023 && p.DueDate.Day == 25)));
        Assert.NotEmpty(report.Corrections);
        Assert.True(report.RowsChanged > 108);
    }

    [SkippableFact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        await ImportAsync(TestData.Plan2023);
        var idsBefore = await QueryAsync(db => db.WorkTasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

        var second = await ImportAsync(TestData.Plan2023);

        Assert.Equal(0, second.RowsChanged);
        Assert.Equal(idsBefore, await QueryAsync(db => db.WorkTasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync()));
    }

    [SkippableFact]
    public async Task A_corrected_version_updates_tasks_in_place_and_keeps_their_reports()
    {
        await ImportAsync(TestData.Plan2023);
        var task44 = await QueryAsync(db => db.WorkTasks.SingleAsync(t => t.Number == 44 && t.Section!.Ordinal == 5));
        await QueryAsync(async db =>
        {
            var period = await db.ReportPeriods.FirstAsync();
            db.ProgressReports.Add(new ProgressReport
            {
                WorkTaskId = task44.Id, DepartmentId = (await db.Departments.SingleAsync(d => d.Name == "资规分局")).Id,
                ReportPeriodId = period.Id, Status = TaskProgressStatus.OnTrack, ProgressPercent = 40, Summary = "规划已报批", Revision = 1,
            });
            return await db.SaveChangesAsync();
        });

        var corrected = TestData.Plan2023
            .Replace("(44) 完成西山国家森林公园规划报批及违建整治工作。\t★资规分局、★污防攻坚办", "(44) 完成西山国家森林公园规划报批及违建整治工作（修订）。\t★资规分局、生态环境局");
        var report = await ImportAsync(corrected);

        var updated = await QueryAsync(db => db.WorkTasks.Include(t => t.Departments).ThenInclude(d => d.Department).SingleAsync(t => t.Id == task44.Id));
        Assert.EndsWith("（修订）。", updated.Text);
        Assert.Equal(["★资规分局", "生态环境局"], updated.Departments.OrderBy(d => d.Position).Select(d => (d.IsLead ? "★" : "") + d.Department!.Name));
        Assert.Equal(1, await QueryAsync(db => db.ProgressReports.CountAsync(r => r.WorkTaskId == task44.Id)));
        Assert.InRange(report.RowsChanged, 1, 5);
    }

    [SkippableFact]
    public async Task A_broken_file_names_its_line_and_writes_nothing()
    {
        var lines = TestData.Plan2023.Split('\n');
        lines[114] = lines[114].Replace("★资规分局、★污防攻坚办", "★资规分局、★火星办");
        lines[117] = lines[117].Replace("★水务局", "★木星局");
        var broken = string.Join('\n', lines);

        var error = await Assert.ThrowsAsync<PlanImportException>(() => ImportAsync(broken));

        // Every unknown name at once, each on its line: one run tells all there is to add to the reference data.
        Assert.Equal([115, 118], error.Problems.Select(p => p.Line));
        Assert.Contains("火星办", error.Problems[0].Reason);
        Assert.Contains("木星局", error.Problems[1].Reason);
        Assert.Equal(0, await QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.Departments.CountAsync()));
    }

    [SkippableFact]
    public async Task A_broken_corrected_version_leaves_the_imported_plan_as_it_was()
    {
        await ImportAsync(TestData.Plan2023);
        var broken = TestData.Plan2023.Replace("(93) 充分发挥", "充分发挥");

        var error = await Assert.ThrowsAsync<PlanImportException>(() => ImportAsync(broken));

        Assert.Equal(180, error.Line);
        Assert.Equal(108, await QueryAsync(db => db.WorkTasks.CountAsync()));
    }

    [SkippableFact]
    public async Task A_plan_published_without_a_code_is_found_again_by_its_issuer_year_and_title()
    {
        var withoutCode = TestData.SmallPlan().Replace("吴政发〔2024〕9号\n", "");
        await ImportAsync(withoutCode);
        var first = await QueryAsync(db => db.WorkTasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

        var corrected = await ImportAsync(withoutCode.Replace("(3) 任务三。", "(3) 任务三，已更正。"));

        Assert.Equal(first, await QueryAsync(db => db.WorkTasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync()));
        Assert.Equal((1, (string?)null), await QueryAsync(async db => (await db.Plans.CountAsync(), (await db.Plans.SingleAsync()).Code)));
        Assert.True(corrected.RowsChanged > 0);
    }
}
