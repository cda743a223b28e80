using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Plans;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>
/// A department in its part for a target. Not a TaskDepartment: a task's department has its own standing on the task
/// (its latest status, its reports), which a target's does not.
/// </summary>
public sealed class TargetDepartmentType : EntityGraphType<TargetDepartment>
{
    public static EntityDeclaration<TargetDepartment> Entity { get; } = new EntityDeclaration<TargetDepartment>("TargetDepartment")
        .ShownAs<TargetDepartmentType>("A department responsible for a target.")
        .Related("department", l => l.Department, () => DepartmentType.Entity, "The department.")
        .Value("isLead", l => l.IsLead, "Marked ★ in the plan: a lead (牵头) department. A target may have several leads, or none.");

    public TargetDepartmentType() : base(Entity)
    {
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The link's stable id (its target and department), for clients' normalized caches; not a node id.")
            .Resolve(c => GlobalId.EncodeLink(Entity.Name, c.Source.TargetId, c.Source.DepartmentId));
    }
}
