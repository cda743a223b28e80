using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class TaskDimensionType : EnumerationGraphType<TaskDimension>
{
    public TaskDimensionType()
    {
        Name = "TaskDimension";
        Description = "What grouped aggregates group tasks by. A task counts in every group it belongs to (a task with two departments in both).";
        Describe(TaskDimension.Department, "Each responsible department (lead or supporting).");
        Describe(TaskDimension.LeadDepartment, "Each lead (★) department; tasks without a lead are left out.");
        Describe(TaskDimension.District, "Each district the task names.");
        Describe(TaskDimension.Leader, "Each leader in charge; tasks without one fall in the group whose leader is null.");
        Describe(TaskDimension.Section, "Each section of the plan.");
        Describe(TaskDimension.TaskGroup, "Each task group of the plan (一、更大力度打造产业集群 …).");
        Describe(TaskDimension.Status, "Each latest status (as of asOf or the period, if given).");
        Describe(TaskDimension.Period, "Each month of the plan's year, zeros included: the standing as of that month.");
        Describe(TaskDimension.Quarter, "Each quarter of the plan's year, zeros included: the standing as of its last month.");
        Describe(TaskDimension.HalfYear, "Each half of the plan's year: the standing as of June and of December.");
        Describe(TaskDimension.Year, "Each plan's year: the standing as of its December (so far, for the current year). Compares plans of different years.");
        // The old name of TASK_GROUP, kept for the queries that use it: it read as a group of the aggregation.
        Add(new EnumValueDefinition("GROUP", TaskDimension.TaskGroup)
        {
            Description = "The plan's task group: use TASK_GROUP.",
            DeprecationReason = "Renamed TASK_GROUP: a task group of the plan, not a group of the aggregation.",
        });
    }

    private void Describe(TaskDimension value, string description) => Values.FindByValue(value)!.Description = description;
}
