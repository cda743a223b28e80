using GraphQL.Types;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class WorkTaskAggregatesType : ObjectGraphType<AggregateView>
{
    public WorkTaskAggregatesType()
    {
        Name = "WorkTaskAggregates";
        Description = "Measures of a set of tasks (the connection's, with the same filter), computed in SQL over the analytics projection.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("Tasks in the set.").Resolve(c => c.Source.Values.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("byStatus")
            .Description("Tasks per latest status; every status, zeros included.")
            .Resolve(c => ByStatus(c.Source.Values));
        Field<NonNullGraphType<IntGraphType>>("completedCount").Description("Tasks whose latest status is COMPLETED.").Resolve(c => c.Source.Values.CompletedCount);
        Field<NonNullGraphType<IntGraphType>>("delayedCount").Description("Tasks whose latest status is DELAYED.").Resolve(c => c.Source.Values.DelayedCount);
        Field<NonNullGraphType<IntGraphType>>("atRiskCount").Description("Tasks whose latest status is AT_RISK.").Resolve(c => c.Source.Values.AtRiskCount);
        Field<NonNullGraphType<IntGraphType>>("notReportedCount").Description("Tasks not reported yet.").Resolve(c => c.Source.Values.NotReportedCount);
        Field<NonNullGraphType<IntGraphType>>("overdueCount")
            .Description("Tasks with no report for the last period already past its due date (as of asOf, if given).")
            .Resolve(c => c.Source.Values.OverdueCount);
        Field<NonNullGraphType<IntGraphType>>("reportCount")
            .Description("Reports counted (one per task, department and period; revisions are one report).")
            .Resolve(c => c.Source.Values.ReportCount);
        Field<NonNullGraphType<IntGraphType>>("lateReportCount")
            .Description("Reports whose first submission came after the period's due date.")
            .Resolve(c => c.Source.Values.LateReportCount);
        Field<FloatGraphType>("averageProgress")
            .Description("The average latest progress percent of the reported tasks; null when none was reported.")
            .Resolve(c => c.Source.Values.AverageProgress);
        Field<NonNullGraphType<FloatGraphType>>("completionRate")
            .Description("completedCount / count (0 for an empty set), computed from the counts.")
            .Resolve(c => c.Source.Values.CompletionRate);
        Field<FloatGraphType>("onTimeRate")
            .Description("(reportCount - lateReportCount) / reportCount; null when nothing was reported.")
            .Resolve(c => c.Source.Values.ReportCount == 0 ? null : (double?)(c.Source.Values.ReportCount - c.Source.Values.LateReportCount) / c.Source.Values.ReportCount);
        Field<NonNullGraphType<IntGraphType>>("distinctDepartments")
            .Description("Departments responsible for at least one task of the set (one more statement when asked for).")
            .Resolve(c => c.Source.Distinct(c, DistinctMeasure.Departments));
        Field<NonNullGraphType<IntGraphType>>("distinctDistricts")
            .Description("Districts named by at least one task of the set (one more statement when asked for).")
            .Resolve(c => c.Source.Distinct(c, DistinctMeasure.Districts));
        Field<NonNullGraphType<IntGraphType>>("distinctLeaders")
            .Description("Leaders in charge of at least one task of the set (one more statement when asked for).")
            .Resolve(c => c.Source.Distinct(c, DistinctMeasure.Leaders));
    }

    private static IEnumerable<StatusCount> ByStatus(TaskAggregate a) =>
    [
        new(TaskProgressStatus.NotReported, a.NotReportedCount), new(TaskProgressStatus.NotStarted, a.NotStartedCount),
        new(TaskProgressStatus.OnTrack, a.OnTrackCount), new(TaskProgressStatus.AtRisk, a.AtRiskCount),
        new(TaskProgressStatus.Delayed, a.DelayedCount), new(TaskProgressStatus.Completed, a.CompletedCount),
    ];
}
