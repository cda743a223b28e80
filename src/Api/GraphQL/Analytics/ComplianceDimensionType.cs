using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ComplianceDimensionType : EnumerationGraphType<ComplianceDimension>
{
    public ComplianceDimensionType()
    {
        Name = "ComplianceDimension";
        Description = "Whom a compliance table ranks: the responsible departments, the leaders in charge, or the districts concerned.";
    }
}
