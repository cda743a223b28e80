using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DistrictType : NodeGraphType<District>
{
    public DistrictType() : base("District", "A responsible district (板块): a zone, the new town, a town, a street, or a collective entry such as 各镇.")
    {
        Field(d => d.Name).Description("The name, e.g. 金庭镇 or 经开区.");
        Field(d => d.Aliases).Description("Other names met in documents, e.g. 太湖旅游度假区 for 度假区.");
        Field<NonNullGraphType<DistrictKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("members")
            .Description("For a collective entry such as 各镇: the districts it stands for; empty otherwise.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<DistrictMembership>("District.members", context.Source.Id,
                        ids => db.DistrictMemberships.AsNoTracking().Include(m => m.Member)
                            .Where(m => ids.Contains(m.CollectiveId)).OrderBy(m => m.MemberId),
                        m => m.CollectiveId)
                    .Then(members => members.Select(m => m.Member!).ToList());
            });
        Field<NonNullGraphType<WorkTasksConnectionType>>("tasks")
            .Description("The tasks that name this district itself (a task for 各镇 is listed under 各镇, whose members include the town).")
            .WithDataArguments(WorkTaskDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<District, WorkTask>(context, "District.tasks", context.Source.Id,
                    district => db.TaskDistricts.Where(l => l.DistrictId == district.Id).Select(l => l.WorkTask!),
                    WorkTaskDescription.Entity);
            });
    }
}
