using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>How districts are filtered and sorted.</summary>
public static class DistrictDescription
{
    public static EntityDescription<District> Entity { get; } = new EntityDescription<District>("District")
        .Value("name", d => d.Name, "The name, e.g. 金庭镇.")
        .Value("aliases", d => d.Aliases, "Other names met in documents.")
        .Value("kind", d => d.Kind, "What kind of area the district is.")
        .List("members", d => d.Members.Select(m => m.Member!), () => Entity!, "For a collective entry such as 各镇: the districts it stands for.")
        .OrderedBy(SortKey.By<District, int>(d => d.Id));
}
