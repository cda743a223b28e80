using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>How sections are filtered and sorted (as the section of a task or a group).</summary>
public static class SectionDescription
{
    public static EntityDescription<Section> Entity { get; } = new EntityDescription<Section>("Section")
        .Value("ordinal", s => s.Ordinal, "Order in the document, 1-based.")
        .Value("title", s => s.Title, "The heading, e.g. \"(一) 实施产业强区工程，打造质效双优的实力吴中\".")
        .Related("plan", s => s.Plan, () => PlanDescription.Entity, "The plan the section belongs to.")
        .OrderedBy(SortKey.By<Section, int>(s => s.PlanId), SortKey.By<Section, int>(s => s.Ordinal), SortKey.By<Section, int>(s => s.Id));
}
