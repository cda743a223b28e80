using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>How leaders are filtered and sorted.</summary>
public static class LeaderDescription
{
    public static EntityDescription<Leader> Entity { get; } = new EntityDescription<Leader>("Leader")
        .Value("name", l => l.Name, "The leader's name, e.g. 周学斌.")
        .OrderedBy(SortKey.By<Leader, int>(l => l.Id));
}
