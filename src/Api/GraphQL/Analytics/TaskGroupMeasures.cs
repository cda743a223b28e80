using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The query model of a group's measures: what groups are filtered by (having: WorkTaskAggregatesFilterInput) and
/// ordered by (WorkTaskAggregateGroupSortInput). <see cref="TaskSetMeasures"/> declares the same measures over a parent's tasks
/// and shares the filter input: keep the two lists alike (the schema refuses to build otherwise).
/// </summary>
public static class TaskGroupMeasures
{
    public static EntityDeclaration<TaskAggregate> Entity { get; } = new EntityDeclaration<TaskAggregate>("WorkTaskAggregates")
        .SortedAs("WorkTaskAggregateGroup")
        .Value("count", a => a.Count, "Tasks in the group.")
        .Value("completedCount", a => a.CompletedCount, "Completed tasks in the group.")
        .Value("delayedCount", a => a.DelayedCount, "Tasks in the group whose latest status is DELAYED.")
        .Value("atRiskCount", a => a.AtRiskCount, "Tasks in the group whose latest status is AT_RISK.")
        .Value("notReportedCount", a => a.NotReportedCount, "Tasks in the group not reported yet.")
        .Value("overdueCount", a => a.OverdueCount, "Overdue tasks in the group.")
        .Value("reportCount", a => a.ReportCount, "Reports in the group (one per task, department and period).")
        .Value("lateReportCount", a => a.LateReportCount, "Late reports in the group.")
        .Value("onTimeRate", a => a.ReportCount == 0 ? (double?)null : (double)(a.ReportCount - a.LateReportCount) / a.ReportCount,
            "(reportCount - lateReportCount) / reportCount; null when nothing was reported.")
        .Value("completionRate", a => a.CompletionRate, "completedCount / count.")
        .Value("averageProgress", a => a.AverageProgress, "The average latest progress percent; null when nothing was reported.");
}
