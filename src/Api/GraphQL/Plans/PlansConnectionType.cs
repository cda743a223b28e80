using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class PlansConnectionType() : ConnectionGraphType<PlanType, Plan>("Plans")
{
    /// <summary>The newest year first.</summary>
    public static IReadOnlyList<SortKey> DefaultOrder { get; } =
        [SortKey.By<Plan, int>(p => p.Year, descending: true), SortKey.By<Plan, int>(p => p.Id)];
}
