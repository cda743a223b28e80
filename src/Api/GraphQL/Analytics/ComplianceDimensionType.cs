using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ComplianceDimensionType : EnumerationGraphType<ComplianceDimension>
{
    public ComplianceDimensionType()
    {
        Name = "ComplianceDimension";
        Description = "Whom a compliance table ranks: the responsible departments, the leaders in charge, or the districts concerned.";
        Values.FindByValue(ComplianceDimension.Department)!.Description = "Each responsible department, by the reports expected of it.";
        Values.FindByValue(ComplianceDimension.Leader)!.Description = "Each leader, by the reports expected on the tasks in their charge.";
        Values.FindByValue(ComplianceDimension.District)!.Description = "Each district, by the reports expected on the tasks that name it.";
        Values.FindByValue(ComplianceDimension.Period)!.Description = "Each period of the range, by the reports due in it.";
    }
}
