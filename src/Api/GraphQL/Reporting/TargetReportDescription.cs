using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>How target reports are filtered and sorted.</summary>
public static class TargetReportDescription
{
    public static EntityDescription<TargetReport> Entity { get; } = new EntityDescription<TargetReport>("TargetReport")
        .Related("target", r => r.Target, () => TargetDescription.Entity, "The target reported on.")
        .Related("department", r => r.Department, () => DepartmentDescription.Entity, "The reporting department.")
        .Related("period", r => r.Period, () => ReportPeriodDescription.Entity, "The period reported for.")
        .Value("actualValue", r => r.ActualValue, "The value reported.")
        .Value("submittedAt", r => r.SubmittedAt, "When the report was received.")
        .Value("isLate", r => r.IsLate, "Received after the period's due date.")
        .Value("revision", r => r.Revision, "1 for the first report of its target, department and period.")
        .OrderedBy(SortKey.By<TargetReport, int>(r => r.Id));
}
