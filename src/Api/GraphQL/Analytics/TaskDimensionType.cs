using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class TaskDimensionType : EnumerationGraphType<TaskDimension>
{
    public TaskDimensionType()
    {
        Name = "TaskDimension";
        Description = "What grouped aggregates group tasks by. A task counts in every group it belongs to (a task with two departments in both).";
        foreach (var dimension in TaskDimensions.All)
        {
            Values.FindByValue(dimension.Value)!.Description = dimension.Description;
        }
        // The old name of TASK_GROUP, kept for the queries that use it: it read as a group of the aggregation.
        Add(new EnumValueDefinition("GROUP", TaskDimension.TaskGroup)
        {
            Description = "The plan's task group: use TASK_GROUP.",
            DeprecationReason = "Renamed TASK_GROUP: a task group of the plan, not a group of the aggregation.",
        });
    }
}
