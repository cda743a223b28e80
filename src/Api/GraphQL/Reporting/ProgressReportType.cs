using Wuzhong.Api.GraphQL.Analytics;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ProgressReportType : EntityGraphType<ProgressReport>
{
    public static EntityDeclaration<ProgressReport> Entity { get; } = new EntityDeclaration<ProgressReport>("ProgressReport")
        .ShownAs<ProgressReportType>("A department's monthly progress report on one task.").Node().Connection("ProgressReports", ReportAggregateFields.AddTo)
        .Related("task", r => r.WorkTask, () => WorkTaskType.Entity, "The task reported on.")
        .Related("department", r => r.Department, () => DepartmentType.Entity, "The reporting department.")
        .Related("period", r => r.Period, () => ReportPeriodType.Entity, "The period reported for.", foreignKey: r => r.ReportPeriodId)
        .Value("status", r => r.Status, "The status reported.", typeName: TaskStatusType.GraphQLName)
        .Value("progressPercent", r => r.ProgressPercent, "The progress reported, 0–100.")
        .Value("summary", r => r.Summary, "The summary of the work done.")
        .Value("submittedAt", r => r.SubmittedAt, "When the report was received.")
        .Value("isLate", r => r.IsLate, "Received after the period's due date.")
        .Value("revision", r => r.Revision, "1 for the first report of its task, department and period; a resubmission supersedes it.")
        .Value("quantityReached", r => r.QuantityReached, "Where the task states a quantity: the figure reached so far.", filterable: false)
        // In the order received.
        .OrderedBy(SortKey.By<ProgressReport, int>(r => r.Id));

    public ProgressReportType() : base(Entity)
    {
    }
}
