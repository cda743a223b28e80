using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>A task's department link: which department, and whether it leads (★).</summary>
public static class TaskDepartmentDescription
{
    public static EntityDescription<TaskDepartment> Entity { get; } = new EntityDescription<TaskDepartment>("TaskDepartment")
        .Related("department", l => l.Department, () => DepartmentDescription.Entity, "The department.")
        .Value("isLead", l => l.IsLead, "Marked ★: a lead (牵头) department.");
}
