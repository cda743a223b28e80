using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DistrictType : EntityGraphType<District>
{
    public static EntityDeclaration<District> Entity { get; } = new EntityDeclaration<District>("District")
        .ShownAs<DistrictType>("A responsible district (板块): a zone, the new town, a town, a street, or a collective entry such as 各镇.")
        .Node().Connection("Districts")
        .Value("name", d => d.Name, "The name, e.g. 金庭镇 or 经开区.")
        .Related("issuer", d => d.Issuer, () => IssuerType.Entity, "The issuer whose district this is.")
        .Value("aliases", d => d.Aliases, "Other names met in documents, e.g. 太湖旅游度假区 for 度假区.")
        .Value("kind", d => d.Kind, "What kind of area the district is.")
        .List("tasks", d => d.TaskLinks.Select(l => l.WorkTask!), () => WorkTaskType.Entity,
            "The tasks that name this district itself: `order: [{ tasks: { overdueCount: DESC } }]` ranks districts by them.")
        .List("members", d => d.Members.Select(m => m.Member!), () => Entity!,
            "For a collective entry such as 各镇: the districts it stands for; empty otherwise.")
        .OrderedBy(SortKey.By<District, int>(d => d.Id));

    public DistrictType() : base(Entity)
    {
        Declared("members", ListOf(Entity))
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<DistrictMembership>("District.members", context.Source.Id,
                        ids => db.DistrictMemberships.AsNoTracking().Include(m => m.Member)
                            .Where(m => ids.Contains(m.CollectiveId)).OrderBy(m => m.MemberId),
                        m => m.CollectiveId)
                    .Then(members => members.Select(m => m.Member!).ToList());
            });
        this.Connection("tasks", WorkTaskType.Entity)
            .Description("The tasks that name this district itself; with `covered: true`, also those that name a collective entry " +
                "it belongs to (a task for 各镇 concerns 金庭镇): the tasks whose coveredDistricts include it.")
            .Argument<BooleanGraphType>("covered", arg =>
            {
                arg.Description = "Also the tasks of the collective entries the district belongs to (各镇 for a town). False by default.";
                arg.DefaultValue = false;
            })
            .Resolve(context =>
            {
                var (db, covered) = (context.Db(), context.GetArgument<bool>("covered"));
                return ConnectionResolver.ResolveNested<District, WorkTask>(context,
                    covered ? "District.coveredTasks" : "District.tasks", context.Source.Id,
                    covered
                        ? district => db.TaskCoverage.Where(c => c.DistrictId == district.Id).Select(c => c.WorkTask!)
                        : district => db.TaskDistricts.Where(l => l.DistrictId == district.Id).Select(l => l.WorkTask!),
                    WorkTaskType.Entity);
            });
    }
}
