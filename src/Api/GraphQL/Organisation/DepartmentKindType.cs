using GraphQL.Types;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentKindType : EnumerationGraphType<DepartmentKind>
{
    public DepartmentKindType()
    {
        Name = "DepartmentKind";
        Description = "What kind of body a responsible department is.";
    }
}
