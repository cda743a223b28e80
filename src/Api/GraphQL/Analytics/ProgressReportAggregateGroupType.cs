using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ProgressReportAggregateGroupType : ObjectGraphType<ReportGroupView>
{
    public ProgressReportAggregateGroupType()
    {
        Name = "ProgressReportAggregateGroup";
        Description = "One group of grouped aggregates of progress reports.";
        Field<NonNullGraphType<ProgressReportAggregateGroupKeysType>>("keys").Description("What the group's reports have in common.").Resolve(c => c.Source);
        Field<NonNullGraphType<ProgressReportAggregatesType>>("aggregates").Description("The group's measures.").Resolve(c => c.Source.Aggregate);
    }
}
