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
        // The measures of TaskMeasures' table, then what is not a single value of a group.
        foreach (var measure in TaskMeasures.All)
        {
            var read = measure.Value;
            Field(measure.Name, measure.GraphType).Description(measure.Description).Resolve(c => read(c.Source.Values));
        }
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("byStatus")
            .Description("Tasks per latest status; every status, zeros included.")
            .Resolve(c => ByStatus(c.Source.Values));
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
