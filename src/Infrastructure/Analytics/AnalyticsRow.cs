using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// One task in one combination of the requested dimensions (a task with three departments is three rows when
/// grouping by department), with its status as of the moment asked for. Never materialised: it only shapes SQL.
/// </summary>
public sealed class AnalyticsRow
{
    public int ScopeId { get; set; }
    public int TaskId { get; set; }
    public int PlanYear { get; set; }
    public int SectionId { get; set; }
    public int GroupId { get; set; }
    public int? DepartmentId { get; set; }
    public int? DistrictId { get; set; }
    public int? LeaderId { get; set; }
    public int? PeriodId { get; set; }

    /// <summary>Year * 100 + month up to which reports count (the period's, asOf's, or no limit).</summary>
    public int AsOfMonth { get; set; }

    /// <summary>The key of the month before the range asked for (reports up to it are not counted); 0 without a range.</summary>
    public int SinceMonth { get; set; }

    /// <summary>The month whose reports are due by now (or by the period asked for); 0 when none is due yet.</summary>
    public int DueMonth { get; set; }

    public TaskProgressStatus Status { get; set; }
    public int? Percent { get; set; }
    public int? LastReportedMonth { get; set; }
    /// <summary>1 when the row's task has no report for the month due (DueMonth), else 0: summed, not counted, so that SQL adds it up in place.</summary>
    public int Overdue { get; set; }

    public int Facts { get; set; }
    public int LateFacts { get; set; }
}
