using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Keeps the read model (<see cref="TaskProgress"/>, <see cref="TaskDepartmentProgress"/>, <see cref="ReportFact"/>,
/// <see cref="TaskPeriodProgress"/>)
/// in step with the reports. Incremental maintenance (one task, inside the report's transaction) and the full
/// rebuild compute rows with the same function from the same reports, so they cannot drift apart.
/// </summary>
public sealed class ProgressProjection(WuzhongDbContext db, ChangeRecorder changes)
{
    /// <summary>Recomputes one task's rows; call inside the transaction that changed its reports.</summary>
    public async Task RefreshTaskAsync(int taskId, CancellationToken cancellationToken)
    {
        // Rows are deleted in SQL and written anew: no stale instance may stay tracked.
        db.ChangeTracker.Clear();
        var reports = await ReportsQuery().Where(r => r.WorkTaskId == taskId).ToListAsync(cancellationToken);
        var periods = await PeriodsOfYearsAsync(reports, cancellationToken);
        await RemoveTaskAsync(taskId, cancellationToken);
        Add(Compute(reports, periods));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes one task's rows (a withdrawn task leaves every figure); call inside the transaction that withdrew it.</summary>
    public async Task RemoveTaskAsync(int taskId, CancellationToken cancellationToken)
    {
        await db.TaskPeriodProgress.Where(p => p.WorkTaskId == taskId).ExecuteDeleteAsync(cancellationToken);
        await db.ReportFacts.Where(f => f.WorkTaskId == taskId).ExecuteDeleteAsync(cancellationToken);
        await db.TaskDepartmentProgress.Where(p => p.WorkTaskId == taskId).ExecuteDeleteAsync(cancellationToken);
        await db.TaskProgress.Where(p => p.WorkTaskId == taskId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Throws the read model away and computes it again from every report, in one transaction.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TaskPeriodProgress.ExecuteDeleteAsync(cancellationToken);
        await db.ReportFacts.ExecuteDeleteAsync(cancellationToken);
        await db.TaskDepartmentProgress.ExecuteDeleteAsync(cancellationToken);
        await db.TaskProgress.ExecuteDeleteAsync(cancellationToken);
        var reports = await ReportsQuery().ToListAsync(cancellationToken);
        var periods = await PeriodsOfYearsAsync(reports, cancellationToken);
        foreach (var task in reports.GroupBy(r => r.WorkTaskId))
        {
            Add(Compute(task.ToList(), periods));
        }
        await db.SaveChangesAsync(cancellationToken);
        await changes.RecordAsync(new DataChange { Kind = ChangeKind.ProjectionRebuilt }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reports.Count;
    }

    /// <summary>The reports the read model counts: those of tasks in their plans (a withdrawn task's are kept, not counted).</summary>
    private IQueryable<ProgressReport> ReportsQuery() =>
        db.ProgressReports.AsNoTracking().Where(r => r.WorkTask!.WithdrawnAt == null).Include(r => r.Period);

    /// <summary>The periods of every year the reports are for (a report's period belongs to its plan's year).</summary>
    private async Task<List<ReportPeriod>> PeriodsOfYearsAsync(List<ProgressReport> reports, CancellationToken cancellationToken)
    {
        var years = reports.Select(r => r.Period!.Year).Distinct().ToList();
        return await db.ReportPeriods.AsNoTracking().Where(p => years.Contains(p.Year)).ToListAsync(cancellationToken);
    }

    private void Add(ProjectionRows rows)
    {
        db.TaskPeriodProgress.AddRange(rows.Periods);
        db.ReportFacts.AddRange(rows.Facts);
        db.TaskDepartmentProgress.AddRange(rows.Departments);
        if (rows.Task is not null)
        {
            db.TaskProgress.Add(rows.Task);
        }
    }

    /// <summary>The read-model rows of one task.</summary>
    public sealed record ProjectionRows(List<ReportFact> Facts, List<TaskDepartmentProgress> Departments, TaskProgress? Task, List<TaskPeriodProgress> Periods);

    /// <summary>The rows of one task's reports: a pure function, the one definition of "latest".</summary>
    public static ProjectionRows Compute(IReadOnlyCollection<ProgressReport> reports, IReadOnlyCollection<ReportPeriod> periodsOfYear)
    {
        var facts = reports
            .GroupBy(r => (r.WorkTaskId, r.DepartmentId, r.ReportPeriodId))
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Revision).ToList();
                var (first, last) = (ordered[0], ordered[^1]);
                return new ReportFact
                {
                    WorkTaskId = last.WorkTaskId, DepartmentId = last.DepartmentId, ReportPeriodId = last.ReportPeriodId,
                    PeriodMonth = MonthKey.Of(last.Period!), Status = last.Status, ProgressPercent = last.ProgressPercent,
                    LatestReportId = last.Id, Revisions = ordered.Count, FirstSubmittedAt = first.SubmittedAt,
                    LastSubmittedAt = last.SubmittedAt, SubmittedLate = first.IsLate,
                };
            })
            .ToList();

        var departments = reports.GroupBy(r => r.DepartmentId)
            .Select(g => (Latest: Latest(g), Count: g.Count()))
            .Select(x => new TaskDepartmentProgress
            {
                WorkTaskId = x.Latest.WorkTaskId, DepartmentId = x.Latest.DepartmentId, LatestStatus = x.Latest.Status,
                LatestPercent = x.Latest.ProgressPercent, LatestReportId = x.Latest.Id, LastReportedPeriodId = x.Latest.ReportPeriodId,
                LastReportedMonth = MonthKey.Of(x.Latest.Period!), ReportCount = x.Count,
            })
            .ToList();

        TaskProgress? task = null;
        var periods = new List<TaskPeriodProgress>();
        if (reports.Count > 0)
        {
            var latest = Latest(reports);
            task = new TaskProgress
            {
                WorkTaskId = latest.WorkTaskId, LatestStatus = latest.Status, LatestPercent = latest.ProgressPercent,
                LatestReportId = latest.Id, LastReportedPeriodId = latest.ReportPeriodId, LastReportedMonth = MonthKey.Of(latest.Period!),
                ReportCount = reports.Count, FactCount = facts.Count, LateFactCount = facts.Count(f => f.SubmittedLate),
            };

            // The task's standing as of every period of its years: what was known by then, carried forward.
            var years = reports.Select(r => r.Period!.Year).ToHashSet();
            foreach (var period in periodsOfYear.Where(p => years.Contains(p.Year)).OrderBy(p => MonthKey.Of(p)))
            {
                var month = MonthKey.Of(period);
                var known = reports.Where(r => MonthKey.Of(r.Period!) <= month).ToList();
                var factsSoFar = facts.Where(f => f.PeriodMonth <= month).ToList();
                var standing = known.Count > 0 ? Latest(known) : null;
                periods.Add(new TaskPeriodProgress
                {
                    WorkTaskId = latest.WorkTaskId, ReportPeriodId = period.Id, PeriodMonth = month,
                    Status = standing?.Status ?? TaskProgressStatus.NotReported, Percent = standing?.ProgressPercent,
                    LastReportedMonth = standing is null ? null : MonthKey.Of(standing.Period!),
                    FactCount = factsSoFar.Count, LateFactCount = factsSoFar.Count(f => f.SubmittedLate),
                });
            }
        }
        return new ProjectionRows(facts, departments, task, periods);
    }

    /// <summary>The latest report: of the latest period, then the latest submitted (ids break ties).</summary>
    public static ProgressReport Latest(IEnumerable<ProgressReport> reports) =>
        reports.OrderByDescending(r => MonthKey.Of(r.Period!)).ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).First();
}
