using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Reporting;

/// <summary>
/// Fills plausible monthly reports (deterministic for a seed) so that dashboards have something to show: every
/// responsible department of most tasks reports most months, some late, some revised; progress only grows.
/// Never run automatically.
/// </summary>
public sealed class DemoReportSeeder(WuzhongDbContext db, ProgressProjection projection, ChangeRecorder changes, ReportingCalendar calendar)
{
    private static readonly string[] Summaries =
    [
        "按计划推进，本月完成阶段性目标。", "已召开专题推进会，落实责任分工。", "项目前期手续办理中，进度略慢。",
        "受资金到位影响，进度滞后，正在协调。", "主体工作已完成，进入验收阶段。", "完成年度目标任务。",
    ];

    public async Task<int> SeedAsync(int year, int throughMonth, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var periods = await db.ReportPeriods.Where(p => p.Year == year && p.Month <= throughMonth).OrderBy(p => p.Month).ToListAsync(cancellationToken);
        var links = await db.TaskDepartments.AsNoTracking()
            .Where(l => l.WorkTask!.Plan!.Year == year)
            .OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position)
            .Select(l => new { l.WorkTaskId, l.DepartmentId })
            .ToListAsync(cancellationToken);
        var existing = (await db.ProgressReports.Where(r => r.Period!.Year == year)
                .Select(r => new { r.WorkTaskId, r.DepartmentId, r.ReportPeriodId }).ToListAsync(cancellationToken))
            .Select(r => (r.WorkTaskId, r.DepartmentId, r.ReportPeriodId)).ToHashSet();

        var added = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var link in links)
        {
            var diligence = random.NextDouble();
            var percent = 0;
            foreach (var period in periods)
            {
                // Every draw is made whatever is kept, so that the same seed always gives the same reports.
                var skip = random.NextDouble() > 0.55 + 0.45 * diligence;
                percent = Math.Min(100, percent + random.Next(0, 16));
                var status = percent == 100 ? TaskProgressStatus.Completed
                    : percent == 0 ? TaskProgressStatus.NotStarted
                    : random.NextDouble() < 0.12 ? TaskProgressStatus.Delayed
                    : random.NextDouble() < 0.15 ? TaskProgressStatus.AtRisk
                    : TaskProgressStatus.OnTrack;
                var late = random.NextDouble() < 0.2;
                var submittedAt = calendar.DueAt(period).AddDays(late ? random.Next(0, 5) : -random.Next(1, 20)).AddHours(random.Next(0, 10));
                var revisions = random.NextDouble() < 0.1 ? 2 : 1;
                if (skip || existing.Contains((link.WorkTaskId, link.DepartmentId, period.Id)))
                {
                    continue;
                }
                for (var revision = 1; revision <= revisions; revision++)
                {
                    db.ProgressReports.Add(new ProgressReport
                    {
                        WorkTaskId = link.WorkTaskId, DepartmentId = link.DepartmentId, ReportPeriodId = period.Id,
                        Status = status, ProgressPercent = percent, Summary = Summaries[(int)status % Summaries.Length],
                        SubmittedAt = submittedAt.AddHours(revision - 1), IsLate = calendar.IsLate(period, submittedAt.AddHours(revision - 1)),
                        Revision = revision, SubmittedBy = "demo",
                    });
                    added++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await changes.RecordAsync(new DataChange { Kind = ChangeKind.ReportsSeeded }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await projection.RebuildAsync(cancellationToken);
        return added;
    }
}
