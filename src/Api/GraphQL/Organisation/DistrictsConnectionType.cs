using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DistrictsConnectionType() : ConnectionGraphType<DistrictType, District>("Districts")
{
    public static IReadOnlyList<SortKey> DefaultOrder { get; } = [SortKey.By<District, int>(d => d.Id)];
}
