namespace Wuzhong.Infrastructure.Analytics;

/// <summary>The measures of one group of tasks (or of all of them), computed in SQL; its keys are the group's.</summary>
public sealed class TaskAggregate
{
    public int ScopeId { get; set; }
    public int? DepartmentId { get; set; }
    public int? DistrictId { get; set; }
    public int? LeaderId { get; set; }
    public int? SectionId { get; set; }
    public int? GroupId { get; set; }
    public Domain.Reporting.TaskProgressStatus? Status { get; set; }
    public int? PeriodId { get; set; }

    public int Count { get; set; }
    public int NotReportedCount { get; set; }
    public int NotStartedCount { get; set; }
    public int OnTrackCount { get; set; }
    public int AtRiskCount { get; set; }
    public int DelayedCount { get; set; }
    public int CompletedCount { get; set; }
    public int OverdueCount { get; set; }

    /// <summary>Reports (task, department and period) counted, and how many of them came after the due date.</summary>
    public int ReportCount { get; set; }
    public int LateReportCount { get; set; }

    /// <summary>The average of the reported tasks' latest percent; null when none was reported.</summary>
    public double? AverageProgress { get; set; }

    /// <summary>Computed from the sums in SQL, never by averaging averages.</summary>
    public double CompletionRate { get; set; }
}
