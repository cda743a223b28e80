using System.Linq.Expressions;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The measures of a set of tasks, one row each: the name and description clients see, the value of a group
/// (<see cref="TaskAggregate"/>, computed in SQL over the analytics projection by <c>TaskAnalytics</c>), and the same
/// value over a parent's tasks (a department's, in the statement that reads the departments' page). From this table
/// come the fields of <c>WorkTaskAggregates</c>, the <c>having</c> and <c>order</c> of grouped aggregates
/// (<see cref="TaskGroupMeasures"/>), the measures parents are filtered and ranked by (<see cref="TaskSetMeasures"/>),
/// and which columns a selection needs (<see cref="AggregateMeasures"/>). Every measure is selectable, usable in
/// <c>having</c> and in <c>order</c>: MeasureCoverageTests tries each. Adding one is a row here (and, for a new column of
/// the projection, its sum in <c>TaskAnalytics.Group</c>).
/// </summary>
public static class TaskMeasures
{
    /// <param name="Reads">The group's columns the measure reads (from its group selector).</param>
    public sealed record Measure(string Name, string Description, IReadOnlyList<string> Reads, Func<TaskAggregate, object?> Value, Type GraphType,
        Action<EntityDeclaration<TaskAggregate>> DeclareOnGroup, Action<EntityDeclaration<IEnumerable<WorkTask>>> DeclareOnTasks);

    public static IReadOnlyList<Measure> All { get; } =
    [
        Of("count", "Tasks in the set.", a => a.Count, tasks => tasks.Count()),
        Of("completedCount", "Tasks whose latest status is COMPLETED.", a => a.CompletedCount,
            tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Completed)),
        Of("delayedCount", "Tasks whose latest status is DELAYED.", a => a.DelayedCount,
            tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Delayed)),
        Of("atRiskCount", "Tasks whose latest status is AT_RISK.", a => a.AtRiskCount,
            tasks => tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.AtRisk)),
        Of("notReportedCount", "Tasks not reported yet.", a => a.NotReportedCount, tasks => tasks.Count(t => t.Progress == null)),
        Of("overdueCount", "Tasks with no report for the last period already past its due date (as of asOf, if given).", a => a.OverdueCount,
            OverdueCount()),
        Of("reportCount", "Reports counted (one per task, department and period; revisions are one report).", a => a.ReportCount,
            tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount)),
        Of("lateReportCount", "Reports whose first submission came after the period's due date.", a => a.LateReportCount,
            tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.LateFactCount)),
        Of("averageProgress", "The average latest progress percent of the reported tasks; null when none was reported.", a => a.AverageProgress,
            tasks => tasks.Average(t => t.Progress == null ? (double?)null : t.Progress.LatestPercent)),
        Of("completionRate", "completedCount / count (0 for an empty set), computed from the counts.", a => a.CompletionRate,
            tasks => tasks.Any()
                ? (double)tasks.Count(t => t.Progress != null && t.Progress.LatestStatus == TaskProgressStatus.Completed) / tasks.Count()
                : 0.0),
        Of("onTimeRate", "(reportCount - lateReportCount) / reportCount; null when nothing was reported.",
            a => a.ReportCount == 0 ? (double?)null : (double)(a.ReportCount - a.LateReportCount) / a.ReportCount,
            tasks => tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount) == 0
                ? (double?)null
                : (double)(tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount) - tasks.Sum(t => t.Progress == null ? 0 : t.Progress.LateFactCount))
                    / tasks.Sum(t => t.Progress == null ? 0 : t.Progress.FactCount)),
    ];

    private static Measure Of<TValue>(string name, string description, Expression<Func<TaskAggregate, TValue>> ofGroup,
        Expression<Func<IEnumerable<WorkTask>, TValue>> ofTasks) =>
        Of(name, description, ofGroup, tasks => tasks.Derived(name, ofTasks, description));

    private static Measure Of<TValue>(string name, string description, Expression<Func<TaskAggregate, TValue>> ofGroup,
        Expression<Func<IEnumerable<WorkTask>, ReportingMoment, TValue>> ofTasks) =>
        Of(name, description, ofGroup, tasks => tasks.Derived(name, ofTasks, description));

    private static Measure Of<TValue>(string name, string description, Expression<Func<TaskAggregate, TValue>> ofGroup,
        Action<EntityDeclaration<IEnumerable<WorkTask>>> declareOnTasks)
    {
        var read = ofGroup.Compile();
        // The graph type's CLR type, not an instance: every schema built (one per test server) makes its own.
        var type = typeof(TValue) == typeof(int) ? typeof(NonNullGraphType<IntGraphType>)
            : typeof(TValue) == typeof(double) ? typeof(NonNullGraphType<FloatGraphType>)
            : typeof(TValue) == typeof(double?) ? typeof(FloatGraphType)
            : throw new InvalidOperationException($"{name}: a measure is an Int, a Float or a nullable Float");
        return new Measure(name, description, ColumnsRead.By(ofGroup), a => read(a), type,
            group => group.Value(name, ofGroup, description), declareOnTasks);
    }

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
