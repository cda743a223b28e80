using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class TargetReportType : EntityGraphType<TargetReport>
{
    public static EntityDeclaration<TargetReport> Entity { get; } = new EntityDeclaration<TargetReport>("TargetReport")
        .ShownAs<TargetReportType>("A department's report of a target's actual value for one period.").Node().Connection("TargetReports")
        .Related("target", r => r.Target, () => TargetType.Entity, "The target reported on.")
        .Related("department", r => r.Department, () => DepartmentType.Entity, "The reporting department.")
        .Related("period", r => r.Period, () => ReportPeriodType.Entity, "The period reported for.", foreignKey: r => r.ReportPeriodId)
        .Value("actualValue", r => r.ActualValue, "The indicator's value so far.")
        .Value("summary", r => r.Summary, "The summary of the work done.", filterable: false)
        .Value("submittedAt", r => r.SubmittedAt, "When the report was received.")
        .Value("isLate", r => r.IsLate, "Received after the period's due date.")
        .Value("revision", r => r.Revision, "1 for the first report of its target, department and period.")
        .OrderedBy(SortKey.By<TargetReport, int>(r => r.Id));

    public TargetReportType() : base(Entity)
    {
    }
}
