using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>A department in its part for a task or a target (a target's links are shown as this type too).</summary>
public sealed class TaskDepartmentType : EntityGraphType<TaskDepartment>
{
    public static EntityDeclaration<TaskDepartment> Entity { get; } = new EntityDeclaration<TaskDepartment>("TaskDepartment")
        .ShownAs<TaskDepartmentType>("A department responsible for a task or a target.")
        .Related("department", l => l.Department, () => DepartmentType.Entity, "The department.")
        .Value("isLead", l => l.IsLead, "Marked ★ in the plan: a lead (牵头) department. A task may have several leads, or none.");

    public TaskDepartmentType() : base(Entity)
    {
    }
}
