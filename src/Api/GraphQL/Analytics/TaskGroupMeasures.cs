using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The query model of a group's measures: what groups are filtered by (having: WorkTaskAggregatesFilterInput) and
/// ordered by (WorkTaskAggregateGroupSortInput): the rows of <see cref="TaskMeasures"/>, over a group. It shares the filter
/// input with <see cref="TaskSetMeasures"/>, made from the same rows.
/// </summary>
public static class TaskGroupMeasures
{
    public static EntityDeclaration<TaskAggregate> Entity { get; } = Declare();

    private static EntityDeclaration<TaskAggregate> Declare()
    {
        var entity = new EntityDeclaration<TaskAggregate>("WorkTaskAggregates").SortedAs("WorkTaskAggregateGroup");
        foreach (var measure in TaskMeasures.All)
        {
            measure.DeclareOnGroup(entity);
        }
        return entity;
    }
}
