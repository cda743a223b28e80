using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentType : NodeGraphType<Department>
{
    public DepartmentType() : base("Department", "A responsible department (主要责任部门) under its canonical short name.")
    {
        Field(d => d.Name).Description("The canonical short name, e.g. 资规分局.");
        Field(d => d.Aliases).Description("Other spellings met in documents, e.g. 污染防治攻坚办 for 污防攻坚办.");
        Field<NonNullGraphType<DepartmentKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<WorkTasksConnectionType>>("tasks")
            .Description("The tasks this department is responsible for, as lead or supporting department.")
            .Argument<TaskRoleType>("role", "Only the tasks it leads (LEAD) or supports (SUPPORTING).")
            .WithDataArguments(WorkTaskDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                var role = context.GetArgument<TaskRole?>("role");
                var lead = role == TaskRole.Lead;
                return ConnectionResolver.ResolveNested<Department, WorkTask>(context, "Department.tasks", context.Source.Id,
                    // Through the link table, so the correlation is one equality that SQL can partition by.
                    department => db.TaskDepartments.Where(l => l.DepartmentId == department.Id && (role == null || l.IsLead == lead)).Select(l => l.WorkTask!),
                    WorkTaskDescription.Entity);
            });
    }
}
