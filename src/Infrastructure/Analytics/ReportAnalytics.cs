using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Aggregates of progress reports (the rows a <c>progressReports</c> connection selects, revisions included), as LINQ
/// that EF turns into one statement per grouping: rows keyed by the dimensions asked for, grouped, measured. Only the
/// measures asked for are computed.
/// </summary>
public sealed class ReportAnalytics(WuzhongDbContext db)
{
    private sealed class ReportRow
    {
        public int ScopeId { get; set; }
        public int DepartmentId { get; set; }
        public int TaskId { get; set; }
        public int PeriodId { get; set; }
        public int QuarterMonth { get; set; }
        public TaskProgressStatus Status { get; set; }
        public bool IsLate { get; set; }
        public int ReportTaskId { get; set; }
        public int ReportDepartmentId { get; set; }
        public int Percent { get; set; }
        public bool Late { get; set; }
    }

    private static readonly HashSet<string> Keys =
    [
        nameof(ReportAggregate.ScopeId), nameof(ReportAggregate.DepartmentId), nameof(ReportAggregate.TaskId), nameof(ReportAggregate.PeriodId),
        nameof(ReportAggregate.QuarterMonth), nameof(ReportAggregate.Status), nameof(ReportAggregate.IsLate),
    ];

    /// <param name="fromMonth">Only the reports of this period and later (<see cref="MonthKey"/>); null: from the first.</param>
    /// <param name="toMonth">Only the reports of this period and earlier; null: to the last.</param>
    /// <param name="measures">The <see cref="ReportAggregate"/> measures to compute (property names); null: all.</param>
    public IQueryable<ReportAggregate> Aggregates(IQueryable<ReportInScope> reports, IReadOnlySet<ReportDimension> dimensions,
        int? fromMonth, int? toMonth, IReadOnlySet<string>? measures)
    {
        var (byDepartment, byTask, byPeriod) = (dimensions.Contains(ReportDimension.Department), dimensions.Contains(ReportDimension.Task),
            dimensions.Contains(ReportDimension.Period));
        var (byQuarter, byStatus, byLate) = (dimensions.Contains(ReportDimension.Quarter), dimensions.Contains(ReportDimension.Status),
            dimensions.Contains(ReportDimension.Late));
        var (first, last) = (fromMonth ?? 0, toMonth ?? int.MaxValue);

        // A dimension not asked for is a constant (0, false), so that one GROUP BY serves every combination.
        var rows =
            from s in reports
            join p in db.ReportPeriods on s.Item.ReportPeriodId equals p.Id
            where p.Year * MonthKey.PerYear + p.Month >= first && p.Year * MonthKey.PerYear + p.Month <= last
            select new ReportRow
            {
                ScopeId = s.ScopeId,
                DepartmentId = byDepartment ? s.Item.DepartmentId : 0,
                TaskId = byTask ? s.Item.WorkTaskId : 0,
                PeriodId = byPeriod ? p.Id : 0,
                QuarterMonth = byQuarter ? p.Year * MonthKey.PerYear + (p.Month + 2) / 3 * 3 : 0,
                Status = byStatus ? s.Item.Status : TaskProgressStatus.NotReported,
                IsLate = byLate && s.Item.IsLate,
                ReportTaskId = s.Item.WorkTaskId,
                ReportDepartmentId = s.Item.DepartmentId,
                Percent = s.Item.ProgressPercent,
                Late = s.Item.IsLate,
            };
        var groups = rows.GroupBy(r => new { r.ScopeId, r.DepartmentId, r.TaskId, r.PeriodId, r.QuarterMonth, r.Status, r.IsLate });
        return MeasureSelection.Only(groups, g => new ReportAggregate
        {
            ScopeId = g.Key.ScopeId, DepartmentId = g.Key.DepartmentId, TaskId = g.Key.TaskId, PeriodId = g.Key.PeriodId,
            QuarterMonth = g.Key.QuarterMonth, Status = g.Key.Status, IsLate = g.Key.IsLate,
            Count = g.Count(),
            LateCount = g.Count(r => r.Late),
            MinProgress = g.Min(r => (int?)r.Percent),
            MaxProgress = g.Max(r => (int?)r.Percent),
            AverageProgress = g.Average(r => (double?)r.Percent),
            DistinctTasks = g.Select(r => r.ReportTaskId).Distinct().Count(),
            DistinctDepartments = g.Select(r => r.ReportDepartmentId).Distinct().Count(),
        }, member => Keys.Contains(member) || measures is null || measures.Contains(member));
    }
}
