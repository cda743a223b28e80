using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>How progress reports are filtered and sorted.</summary>
public static class ProgressReportDescription
{
    public static EntityDescription<ProgressReport> Entity { get; } = new EntityDescription<ProgressReport>("ProgressReport")
        .Related("task", r => r.WorkTask, () => WorkTaskDescription.Entity, "The task reported on.")
        .Related("department", r => r.Department, () => DepartmentDescription.Entity, "The reporting department.")
        .Related("period", r => r.Period, () => ReportPeriodDescription.Entity, "The period reported for.")
        .Value("status", r => r.Status, "The status reported.")
        .Value("progressPercent", r => r.ProgressPercent, "The progress reported, 0–100.")
        .Value("summary", r => r.Summary, "The summary of the work done.")
        .Value("submittedAt", r => r.SubmittedAt, "When the report was received.")
        .Value("isLate", r => r.IsLate, "Received after the period's due date.")
        .Value("revision", r => r.Revision, "1 for the first report of its task, department and period.")
        // In the order received.
        .OrderedBy(SortKey.By<ProgressReport, int>(r => r.Id));
}
