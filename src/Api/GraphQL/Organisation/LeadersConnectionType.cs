using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class LeadersConnectionType() : ConnectionGraphType<LeaderType, Leader>("Leaders")
{
    public static IReadOnlyList<SortKey> DefaultOrder { get; } = [SortKey.By<Leader, int>(l => l.Id)];
}
