using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class SectionType : EntityGraphType<Section>
{
    public static EntityDeclaration<Section> Entity { get; } = new EntityDeclaration<Section>("Section")
        .ShownAs<SectionType>("A part of the task breakdown: 打好三场硬仗, the programmes (一)–(六), 全面建设人民满意政府.").Node()
        .Value("ordinal", s => s.Ordinal, "Order in the document, 1-based.")
        .Value("title", s => s.Title, "The heading as published, e.g. \"(一) 实施产业强区工程，打造质效双优的实力吴中\".")
        .Related("plan", s => s.Plan, () => PlanType.Entity, "The plan the section belongs to.")
        .OrderedBy(SortKey.By<Section, int>(s => s.PlanId), SortKey.By<Section, int>(s => s.Ordinal), SortKey.By<Section, int>(s => s.Id));

    public SectionType() : base(Entity)
    {
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
