using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TargetsConnectionType() : ConnectionGraphType<TargetType, Target>("Targets")
{
    public static IReadOnlyList<SortKey> DefaultOrder { get; } =
        [SortKey.By<Target, int>(t => t.PlanId), SortKey.By<Target, int>(t => t.Number), SortKey.By<Target, int>(t => t.Id)];
}
