using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Reporting;

/// <summary>
/// Grouped aggregates read the projection, whose size follows tasks and periods, never reports: on 5 plans × 12
/// months of synthetic reports, tripling the reports (revisions) leaves the rows a grouping reads unchanged.
/// </summary>
public sealed class ProjectionSizeTests
{
    [Fact]
    public async Task More_reports_do_not_make_the_projection_larger()
    {
        await using var database = new SqliteReportingDatabase();
        await database.InitializeAsync();
        await using var db = database.NewContext();
        for (var i = 1; i <= 4; i++)
        {
            await new PlanImporter(db, ReferenceLibrary.Of(TestData.Reference), TestData.Changes(db), database.Calendar).ImportAsync(SyntheticPlanGenerator.Generate(TestData.Reference,
                new SyntheticPlanGenerator.PlanShape($"吴政发〔2023〕{7000 + i}号", 2023, 108, Seed: i)));
        }
        await new DemoReportSeeder(db, TestData.Projection(db), TestData.Changes(db), database.Calendar).SeedAsync(2023, 12, seed: 1, CancellationToken.None);
        var before = await SizesAsync(db);

        // Two more revisions of every report: three times the reports, the same facts.
        var reports = await db.ProgressReports.AsNoTracking().ToListAsync();
        foreach (var revision in new[] { 10, 20 })
        {
            db.ProgressReports.AddRange(reports.Select(r => new Domain.Reporting.ProgressReport
            {
                WorkTaskId = r.WorkTaskId, DepartmentId = r.DepartmentId, ReportPeriodId = r.ReportPeriodId, Status = r.Status,
                ProgressPercent = r.ProgressPercent, Summary = r.Summary, SubmittedAt = r.SubmittedAt.AddHours(revision), Revision = r.Revision + revision,
            }));
        }
        await db.SaveChangesAsync();
        await TestData.Projection(db).RebuildAsync(CancellationToken.None);
        var after = await SizesAsync(db);

        Assert.Equal(3 * before.Reports, after.Reports);
        Assert.Equal((before.Tasks, before.Periods, before.Facts), (after.Tasks, after.Periods, after.Facts));
        Assert.True(after.Periods <= 5 * 108 * 12, "at most one row per task and month");
        await database.DisposeAsync();
    }

    private static async Task<(int Reports, int Tasks, int Periods, int Facts)> SizesAsync(Wuzhong.Infrastructure.Persistence.WuzhongDbContext db) =>
        (await db.ProgressReports.CountAsync(), await db.TaskProgress.CountAsync(), await db.TaskPeriodProgress.CountAsync(), await db.ReportFacts.CountAsync());
}
