using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class WorkTaskAggregateGroupType : ObjectGraphType<GroupView>
{
    public WorkTaskAggregateGroupType()
    {
        Name = "WorkTaskAggregateGroup";
        Description = "One group of grouped aggregates (not a task group of the plan: that is TaskGroup).";
        Field<NonNullGraphType<WorkTaskAggregateGroupKeysType>>("keys").Description("What the group's tasks have in common.").Resolve(c => c.Source);
        Field<NonNullGraphType<WorkTaskAggregatesType>>("aggregates").Description("The group's measures.").Resolve(c => c.Source.Aggregates);
    }
}
