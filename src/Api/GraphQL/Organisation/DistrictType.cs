using GraphQL;
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
        .Value("aliases", d => d.Aliases, "Other names met in documents, e.g. 太湖旅游度假区 for 度假区.")
        .Value("kind", d => d.Kind, "What kind of area the district is.")
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
            .Description("The tasks that name this district itself (a task for 各镇 is listed under 各镇, whose members include the town).")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<District, WorkTask>(context, "District.tasks", context.Source.Id,
                    district => db.TaskDistricts.Where(l => l.DistrictId == district.Id).Select(l => l.WorkTask!),
                    WorkTaskType.Entity);
            });
    }
}
