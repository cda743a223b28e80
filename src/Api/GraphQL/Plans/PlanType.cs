using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class PlanType : NodeGraphType<Plan>
{
    public PlanType() : base("Plan", "A year's task breakdown plan (主要工作任务分解方案).")
    {
        Field(p => p.Code).Description("The document code, e.g. 吴政发〔2023〕2号.");
        Field(p => p.Title).Description("The plan's title as published.");
        Field(p => p.Year).Description("The year the plan is for.");
        Field(p => p.Issuer).Description("The issuing government, e.g. 苏州市吴中区人民政府.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionType>>>>("sections")
            .Description("The parts of the task breakdown, in the document's order.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<Section>("Plan.sections", context.Source.Id,
                    ids => db.Sections.AsNoTracking().Where(s => ids.Contains(s.PlanId)).OrderBy(s => s.Ordinal), s => s.PlanId);
            });
        Field<NonNullGraphType<TargetsConnectionType>>("targets")
            .Description("The plan's main expected targets (主要预期目标).")
            .WithDataArguments(TargetDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Plan, Target>(context, "Plan.targets", context.Source.Id,
                    plan => db.Targets.Where(t => t.PlanId == plan.Id), TargetDescription.Entity);
            });
        Field<NonNullGraphType<WorkTasksConnectionType>>("tasks")
            .Description("The plan's work tasks, in the document's order.")
            .WithDataArguments(WorkTaskDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Plan, WorkTask>(context, "Plan.tasks", context.Source.Id,
                    plan => db.WorkTasks.Where(t => t.PlanId == plan.Id), WorkTaskDescription.Entity);
            });
    }
}
