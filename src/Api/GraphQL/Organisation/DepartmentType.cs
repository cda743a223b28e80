using GraphQL;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentType : EntityGraphType<Department>
{
    public static EntityDeclaration<Department> Entity { get; } = new EntityDeclaration<Department>("Department")
        .ShownAs<DepartmentType>("A responsible department (主要责任部门) under its canonical short name.").Node().Connection("Departments")
        .Value("name", d => d.Name, "The canonical short name, e.g. 资规分局.")
        .Related("issuer", d => d.Issuer, () => IssuerType.Entity, "The issuer whose department this is.")
        .Value("aliases", d => d.Aliases, "Other spellings met in documents, e.g. 污染防治攻坚办 for 污防攻坚办.")
        .Value("kind", d => d.Kind, "What kind of body the department is.")
        // Its tasks, to filter and rank departments by (the connection field `tasks` reads them).
        .List("tasks", d => d.TaskLinks.Select(l => l.WorkTask!), () => WorkTaskType.Entity,
            "The tasks this department is responsible for, as lead or supporting department: " +
            "`order: [{ tasks: { overdueCount: DESC } }]`, `where: { tasks: { aggregates: { overdueCount: { gt: 0 } } } }`.")
        .List("leadTasks", d => d.TaskLinks.Where(l => l.IsLead).Select(l => l.WorkTask!), () => WorkTaskType.Entity,
            "The tasks this department leads (★), to filter and rank departments by as `tasks`.")
        // The reference data's order, which groups departments by kind.
        .OrderedBy(SortKey.By<Department, int>(d => d.Id));

    public DepartmentType() : base(Entity)
    {
        this.Connection("tasks", WorkTaskType.Entity)
            .Description("The tasks this department is responsible for, as lead or supporting department.")
            .Argument<TaskRoleType>("role", "Only the tasks it leads (LEAD) or supports (SUPPORTING).")
            .Resolve(context =>
            {
                var db = context.Db();
                var role = context.GetArgument<TaskRole?>("role");
                var lead = role == TaskRole.Lead;
                return ConnectionResolver.ResolveNested<Department, WorkTask>(context, "Department.tasks", context.Source.Id,
                    // Through the link table, so the correlation is one equality that SQL can partition by.
                    department => db.TaskDepartments.Where(l => l.DepartmentId == department.Id && (role == null || l.IsLead == lead)).Select(l => l.WorkTask!),
                    WorkTaskType.Entity);
            });
    }
}
