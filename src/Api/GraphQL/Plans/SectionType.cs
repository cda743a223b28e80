using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class SectionType : NodeGraphType<Section>
{
    public SectionType() : base("Section", "A part of the task breakdown: 打好三场硬仗, the programmes (一)–(六), 全面建设人民满意政府.")
    {
        Field(s => s.Ordinal).Description("Order in the document, 1-based.");
        Field(s => s.Title).Description("The heading as published, e.g. \"(一) 实施产业强区工程，打造质效双优的实力吴中\".");
        Field<NonNullGraphType<PlanType>>("plan").Resolve(c => c.LoadById<Plan>(c.Source.PlanId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGroupType>>>>("groups")
            .Description("The section's groups, by number.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<TaskGroup>("Section.groups", context.Source.Id,
                    ids => db.TaskGroups.AsNoTracking().Where(g => ids.Contains(g.SectionId)).OrderBy(g => g.Number), g => g.SectionId);
            });
    }
}
