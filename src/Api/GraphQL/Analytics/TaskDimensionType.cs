using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class TaskDimensionType : EnumerationGraphType<TaskDimension>
{
    public TaskDimensionType()
    {
        Name = "TaskDimension";
        Description = "What grouped aggregates group tasks by. A task counts in every group it belongs to (a task with two departments in both).";
    }
}
