using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class TaskRoleType : EnumerationGraphType<TaskRole>
{
    public TaskRoleType()
    {
        Name = "TaskRole";
        Description = "A department's part in a task: LEAD (marked ★ in the plan) or SUPPORTING.";
    }
}
