using System.Linq.Expressions;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The measures of a parent's tasks (a department's, a leader's, a district's), by which parents are filtered
/// (<c>where: { tasks: { aggregates: { overdueCount: { gt: 0 } } } }</c>) and ranked
/// (<c>order: [{ tasks: { overdueCount: DESC } }]</c>) in the statement that reads their page. The same measures, with
/// the same names and meaning, as a group's (<see cref="TaskGroupMeasures"/>), over the same projection.
/// </summary>
public static class TaskSetMeasures
{
    public static EntityDeclaration<IEnumerable<WorkTask>> Entity { get; } = new EntityDeclaration<IEnumerable<WorkTask>>("WorkTaskAggregates")
        .Derived("count", tasks => tasks.Count(), "Tasks in the group.")
        .Derived("completedCount", tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Completed),
            "Completed tasks in the group.")
        .Derived("delayedCount", tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Delayed),
            "Tasks in the group whose latest status is DELAYED.")
        .Derived("atRiskCount", tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.AtRisk),
            "Tasks in the group whose latest status is AT_RISK.")
        .Derived("notReportedCount", tasks => tasks.Count(t => t.Progress == null), "Tasks in the group not reported yet.")
        .Derived("overdueCount", OverdueCount(), "Overdue tasks in the group.")
        .Derived("reportCount", tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount),
            "Reports in the group (one per task, department and period).")
        .Derived("lateReportCount", tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.LateFactCount), "Late reports in the group.")
        .Derived("onTimeRate", tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount) == 0
                ? (double?)null
                : (double)(tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount) - tasks.Sum(t => t.Progress == null ? 0 : t.Progress.LateFactCount))
                    / tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount),
            "(reportCount - lateReportCount) / reportCount; null when nothing was reported.")
        .Derived("completionRate", tasks => tasks.Any()
                ? (double)tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Completed) / tasks.Count()
                : 0.0,
            "completedCount / count.")
        .Derived("averageProgress", tasks => tasks.Average(t => t.Progress == null ? (double?)null : t.Progress.LatestPercent),
            "The average latest progress percent; null when nothing was reported.");

    /// <summary>(tasks, now) => tasks.Count(task => the overdue rule holds for task at now).</summary>
    private static Expression<Func<IEnumerable<WorkTask>, ReportingMoment, int>> OverdueCount()
    {
        var tasks = Expression.Parameter(typeof(IEnumerable<WorkTask>), "tasks");
        var now = Expression.Parameter(typeof(ReportingMoment), "now");
        var task = Expression.Parameter(typeof(WorkTask), "task");
        var overdue = OverdueSelector.Apply<WorkTask>(task, now, t => t.Plan!.Year, t => t.Progress == null ? null : t.Progress.LastReportedMonth);
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(WorkTask)], tasks,
            Expression.Lambda<Func<WorkTask, bool>>(overdue, task));
        return Expression.Lambda<Func<IEnumerable<WorkTask>, ReportingMoment, int>>(count, tasks, now);
    }
}
