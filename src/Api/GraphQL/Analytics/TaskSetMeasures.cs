using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The measures of a parent's tasks (a department's, a leader's, a district's), by which parents are filtered
/// (<c>where: { tasks: { aggregates: { overdueCount: { gt: 0 } } } }</c>) and ranked
/// (<c>order: [{ tasks: { overdueCount: DESC } }]</c>) in the statement that reads their page: the rows of
/// <see cref="TaskMeasures"/>, over the tasks.
/// </summary>
public static class TaskSetMeasures
{
    public static EntityDeclaration<IEnumerable<WorkTask>> Entity { get; } = Declare();

    private static EntityDeclaration<IEnumerable<WorkTask>> Declare()
    {
        var entity = new EntityDeclaration<IEnumerable<WorkTask>>("WorkTaskAggregates");
        foreach (var measure in TaskMeasures.All)
        {
            measure.DeclareOnTasks(entity);
        }
        return entity;
    }
}
