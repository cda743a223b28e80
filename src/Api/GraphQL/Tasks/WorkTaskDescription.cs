using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>How work tasks are filtered and sorted: the fields of WorkTaskFilterInput and WorkTaskSortInput.</summary>
public static class WorkTaskDescription
{
    public static EntityDescription<WorkTask> Entity { get; } = new EntityDescription<WorkTask>("WorkTask")
        .Value("number", t => t.Number, "The (n) of the document.")
        .Value("text", t => t.Text, "The task text as published.")
        .Related("plan", t => t.Plan, () => PlanDescription.Entity, "The plan the task belongs to.")
        .Related("section", t => t.Section, () => SectionDescription.Entity, "The section the task belongs to.")
        .Related("group", t => t.Group, () => TaskGroupDescription.Entity, "The group the task belongs to.")
        .List("departments", t => t.Departments, () => TaskDepartmentDescription.Entity, "The responsible departments, lead or not.")
        .List("leadDepartments", t => t.Departments.Where(l => l.IsLead).Select(l => l.Department!), () => DepartmentDescription.Entity,
            "The departments marked ★ (牵头).")
        .List("districts", t => t.Districts.Select(l => l.District!), () => DistrictDescription.Entity,
            "The districts the document names; `districts: { any: false }` finds tasks for the whole district.")
        .List("leaders", t => t.Leaders.Select(l => l.Leader!), () => LeaderDescription.Entity,
            "The district leaders in charge; `leaders: { any: false }` finds tasks with no leader.")
        // The document's order: plan, section, number.
        .OrderedBy(SortKey.By<WorkTask, int>(t => t.PlanId), SortKey.By<WorkTask, int>(t => t.Section!.Ordinal),
            SortKey.By<WorkTask, int>(t => t.Number), SortKey.By<WorkTask, int>(t => t.Id));
}
