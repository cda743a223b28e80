using GraphQL.Types;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class TaskStatusType : EnumerationGraphType<TaskProgressStatus>
{
    public TaskStatusType()
    {
        Name = "TaskStatus";
        Description = "A task's status as its progress reports give it; NOT_REPORTED until a report exists.";
    }
}
