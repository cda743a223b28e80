using GraphQL.Types;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class TaskStatusType : EnumerationGraphType<TaskProgressStatus>
{
    /// <summary>The enum's GraphQL name, which is not the CLR enum's (TaskProgressStatus).</summary>
    public const string GraphQLName = "TaskStatus";

    public TaskStatusType()
    {
        Name = GraphQLName;
        Description = "A task's status as its progress reports give it; NOT_REPORTED until a report exists.";
        Values.FindByValue(TaskProgressStatus.NotReported)!.Description = "No report yet.";
        Values.FindByValue(TaskProgressStatus.NotStarted)!.Description = "Reported, but the work has not started.";
        Values.FindByValue(TaskProgressStatus.OnTrack)!.Description = "On schedule.";
        Values.FindByValue(TaskProgressStatus.AtRisk)!.Description = "At risk of falling behind.";
        Values.FindByValue(TaskProgressStatus.Delayed)!.Description = "Behind schedule.";
        Values.FindByValue(TaskProgressStatus.Completed)!.Description = "Done (100%).";
    }
}
