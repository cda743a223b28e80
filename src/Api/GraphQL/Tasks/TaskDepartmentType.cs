using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;

namespace Wuzhong.Api.GraphQL.Tasks;

public sealed class TaskDepartmentType : ObjectGraphType<DepartmentRole>
{
    public TaskDepartmentType()
    {
        Name = "TaskDepartment";
        Description = "A department responsible for a task or a target.";
        Field<NonNullGraphType<DepartmentType>>("department").Resolve(c => c.Source.Department);
        Field(r => r.IsLead).Description("Marked ★ in the plan: a lead (牵头) department. A task may have several leads, or none.");
    }
}
