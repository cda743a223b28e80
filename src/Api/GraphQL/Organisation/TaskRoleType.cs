using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class TaskRoleType : EnumerationGraphType<TaskRole>
{
    public TaskRoleType()
    {
        Name = "TaskRole";
        Description = "A department's part in a task: LEAD (marked ★ in the plan) or SUPPORTING.";
        Values.FindByValue(TaskRole.Lead)!.Description = "Marked ★ in the plan (牵头).";
        Values.FindByValue(TaskRole.Supporting)!.Description = "Named without ★ (配合).";
    }
}
