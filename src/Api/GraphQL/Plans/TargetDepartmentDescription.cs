using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>A target's department link, filtered as TaskDepartmentFilterInput, like a task's.</summary>
public static class TargetDepartmentDescription
{
    public static EntityDescription<TargetDepartment> Entity { get; } = new EntityDescription<TargetDepartment>("TaskDepartment")
        .Related("department", l => l.Department, () => DepartmentDescription.Entity, "The department.")
        .Value("isLead", l => l.IsLead, "Marked ★: a lead (牵头) department.");
}
