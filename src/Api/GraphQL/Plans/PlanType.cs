using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class PlanType : EntityGraphType<Plan>
{
    public static EntityDeclaration<Plan> Entity { get; } = new EntityDeclaration<Plan>("Plan")
        .ShownAs<PlanType>("A year's task breakdown plan (主要工作任务分解方案).").Node().Connection("Plans")
        .Value("code", p => p.Code ?? "",
            "The document code, e.g. 吴政发〔2023〕2号; empty for a plan published without one (a web page, a list), which is known by its issuer, year and title.")
        .Value("title", p => p.Title, "The plan's title as published.")
        .Value("year", p => p.Year, "The year the plan is for.")
        .Value("issuer", p => p.Issuer, "The issuing government's name as the document gives it, e.g. 苏州市吴中区人民政府.")
        .Related("issuedBy", p => p.IssuingBody, () => Organisation.IssuerType.Entity,
            "The issuer the plan belongs to, with its own departments, districts and leaders: `tasks(where: { plan: { issuedBy: { name: { eq: \"…\" } } } })` narrows to one issuer.",
            foreignKey: p => p.IssuerId)
        .OrderedBy(SortKey.By<Plan, int>(p => p.Year, descending: true), SortKey.By<Plan, int>(p => p.Id));

    public PlanType() : base(Entity)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionType>>>>("sections")
            .Description("The parts of the task breakdown, in the document's order.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<Section>("Plan.sections", context.Source.Id,
                    ids => db.Sections.AsNoTracking().Where(s => ids.Contains(s.PlanId)).OrderBy(s => s.Ordinal), s => s.PlanId);
            });
        this.Connection("targets", TargetType.Entity)
            .Description("The plan's main expected targets (主要预期目标).")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Plan, Target>(context, "Plan.targets", context.Source.Id,
                    plan => db.Targets.Where(t => t.PlanId == plan.Id), TargetType.Entity);
            });
        this.Connection("tasks", WorkTaskType.Entity)
            .Description("The plan's work tasks, in the document's order.")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Plan, WorkTask>(context, "Plan.tasks", context.Source.Id,
                    plan => db.WorkTasks.Where(t => t.PlanId == plan.Id), WorkTaskType.Entity);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkTaskType>>>>("withdrawnTasks")
            .Description("The tasks an amended plan removed after they were reported: kept with their reports (`progressReports`), " +
                "out of `tasks`, every other list and every figure; in the order they were withdrawn.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<WorkTask>("Plan.withdrawnTasks", context.Source.Id,
                    ids => db.WorkTasks.IgnoreQueryFilters().AsNoTracking().Where(t => ids.Contains(t.PlanId) && t.WithdrawnAt != null)
                        .OrderBy(t => t.WithdrawnAt).ThenBy(t => t.Number), t => t.PlanId);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkTaskType>>>>("unreportableTasks")
            .Description("Tasks no unit can report on, a problem of the plan's data to mend: no responsible department, or only collective entries " +
                "(各部门、单位 …), which stand for many units; no report is expected of anyone for them. In the plan's order.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<WorkTask>("Plan.unreportableTasks", context.Source.Id,
                    ids => db.WorkTasks.AsNoTracking()
                        .Where(t => ids.Contains(t.PlanId) && !t.Departments.Any(l => l.Department!.Kind != DepartmentKind.Collective))
                        .OrderBy(t => t.Section!.Ordinal).ThenBy(t => t.Number), t => t.PlanId);
            });
    }
}
