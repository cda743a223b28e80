using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ComplianceStateType : EnumerationGraphType<ComplianceState>
{
    public ComplianceStateType()
    {
        Name = "ComplianceState";
        Description = "What came of an expected report, as of the moment asked (asOf).";
        Values.FindByValue(ComplianceState.OnTime)!.Description = "First submitted by the due date (按时报送).";
        Values.FindByValue(ComplianceState.Late)!.Description = "First submitted after the due date (逾期报送).";
        Values.FindByValue(ComplianceState.Pending)!.Description = "Not received; the period's due date has not come yet (待报送).";
        Values.FindByValue(ComplianceState.Missing)!.Description = "Not received although the due date has passed (逾期未报).";
    }
}
