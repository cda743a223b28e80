using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Goals;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TargetType : EntityGraphType<Target>
{
    public static EntityDeclaration<Target> Entity { get; } = new EntityDeclaration<Target>("Target")
        .ShownAs<TargetType>("One of a plan's main expected economic and social targets (主要预期目标).").Node().Connection("Targets", connection => connection.Field<NonNullGraphType<TargetAggregatesType>>("aggregates")
            .Description("How the targets this connection's where selects stand against their goals (one statement).")
            .Scans()
            .Resolve(context => TargetAggregatesResolver.Aggregates(context.As<Connection<Target>>())))
        .Value("number", t => t.Number, "The target's number, 1–11 in the 2023 plan.")
        .Value("name", t => t.Name, "名称, e.g. 地区生产总值.")
        .Value("text", t => t.Text, "工作任务, e.g. 地区生产总值增长 6%左右.")
        .Related("plan", t => t.Plan, () => PlanType.Entity, "The plan the target belongs to.")
        .List("departments", t => t.Departments, () => TargetDepartmentType.Entity,
            "The responsible departments in the document's order; ★ marks the leads.")
        .List("leaders", t => t.Leaders.Select(l => l.Leader!), () => LeaderType.Entity, "The district leaders in charge.")
        .List("districts", t => t.Districts.Select(d => d.District!), () => DistrictType.Entity,
            "The districts named as responsible (主要责任板块), in the document's order; most targets name none.")
        .OrderedBy(SortKey.By<Target, int>(t => t.PlanId), SortKey.By<Target, int>(t => t.Number), SortKey.By<Target, int>(t => t.Id));

    public TargetType() : base(Entity)
    {
        Declared("departments", ListOf(TargetDepartmentType.Entity))
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<TargetDepartment>("Target.departments", context.Source.Id,
                        ids => db.TargetDepartments.AsNoTracking().Include(l => l.Department)
                            .Where(l => ids.Contains(l.TargetId)).OrderBy(l => l.TargetId).ThenBy(l => l.Position),
                        l => l.TargetId);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals")
            .Description("The quantities the target's text states (e.g. 增长 6%左右), with the latest actual value reported.")
            .Resolve(c => GoalLoader.ForTarget(c, c.Source.Id));
        this.Connection("reports", TargetReportType.Entity)
            .Description("The reports of this target's actual value, revisions included.")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Target, TargetReport>(context, "Target.reports", context.Source.Id,
                    target => db.TargetReports.Where(r => r.TargetId == target.Id), TargetReportType.Entity);
            });
        Declared("districts", ListOf(DistrictType.Entity))
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<TargetDistrict>("Target.districts", context.Source.Id,
                        ids => db.TargetDistricts.AsNoTracking().Include(d => d.District)
                            .Where(d => ids.Contains(d.TargetId)).OrderBy(d => d.TargetId).ThenBy(d => d.Position),
                        d => d.TargetId)
                    .Then(links => links.Select(d => d.District!).ToList());
            });
        Declared("leaders", ListOf(LeaderType.Entity))
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
