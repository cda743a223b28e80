using GraphQL.Types;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DistrictKindType : EnumerationGraphType<DistrictKind>
{
    public DistrictKindType()
    {
        Name = "DistrictKind";
        Description = "What kind of area a responsible district (板块) is.";
    }
}
