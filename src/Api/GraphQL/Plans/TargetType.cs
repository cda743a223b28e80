using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Goals;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TargetType : NodeGraphType<Target>
{
    public TargetType() : base("Target", "One of a plan's main expected economic and social targets (主要预期目标).")
    {
        Field(t => t.Number).Description("1–11 in the 2023 plan.");
        Field(t => t.Name).Description("名称, e.g. 地区生产总值.");
        Field(t => t.Text).Description("工作任务, e.g. 地区生产总值增长 6%左右.");
        Field<NonNullGraphType<PlanType>>("plan").Resolve(c => c.LoadById<Plan>(c.Source.PlanId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskDepartmentType>>>>("departments")
            .Description("The responsible departments in the document's order; ★ marks the leads.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<TargetDepartment>("Target.departments", context.Source.Id,
                        ids => db.TargetDepartments.AsNoTracking().Include(l => l.Department)
                            .Where(l => ids.Contains(l.TargetId)).OrderBy(l => l.TargetId).ThenBy(l => l.Position),
                        l => l.TargetId)
                    .Then(links => links.Select(l => new DepartmentRole(l.Department!, l.IsLead)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals")
            .Description("The quantities the target's text states (e.g. 增长 6%左右), with the latest actual value reported.")
            .Resolve(c => GoalLoader.ForTarget(c, c.Source.Id));
        Field<NonNullGraphType<TargetReportsConnectionType>>("reports")
            .Description("The reports of this target's actual value, revisions included.")
            .WithDataArguments(TargetReportDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Target, TargetReport>(context, "Target.reports", context.Source.Id,
                    target => db.TargetReports.Where(r => r.TargetId == target.Id), TargetReportDescription.Entity);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderType>>>>("leaders")
            .Description("The district leaders in charge.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<TargetLeader>("Target.leaders", context.Source.Id,
                        ids => db.TargetLeaders.AsNoTracking().Include(l => l.Leader)
                            .Where(l => ids.Contains(l.TargetId)).OrderBy(l => l.TargetId).ThenBy(l => l.Position),
                        l => l.TargetId)
                    .Then(links => links.Select(l => l.Leader!).ToList());
            });
    }
}
