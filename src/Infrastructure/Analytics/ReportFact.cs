using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Read model, one row per task, department and period that was reported: the latest revision's figures, and
/// whether the first submission came after the due date. Ready for grouping by period, department or status.
/// </summary>
public class ReportFact
{
    public int WorkTaskId { get; set; }
    public int DepartmentId { get; set; }
    public int ReportPeriodId { get; set; }
    public int PeriodMonth { get; set; }
    public TaskProgressStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public int LatestReportId { get; set; }
    public int Revisions { get; set; }
    public DateTimeOffset FirstSubmittedAt { get; set; }
    public DateTimeOffset LastSubmittedAt { get; set; }

    /// <summary>The first submission for the period came after its due date (a later revision does not change it).</summary>
    public bool SubmittedLate { get; set; }
}
