using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class WorkTaskGroupType : ObjectGraphType<GroupView>
{
    public WorkTaskGroupType()
    {
        Name = "WorkTaskGroup";
        Description = "One group of grouped aggregates.";
        Field<NonNullGraphType<WorkTaskGroupKeysType>>("keys").Resolve(c => c.Source);
        Field<NonNullGraphType<WorkTaskAggregatesType>>("aggregates").Resolve(c => c.Source.Aggregates);
    }
}
