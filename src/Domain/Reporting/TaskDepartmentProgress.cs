namespace Wuzhong.Domain.Reporting;

/// <summary>Read model, one row per task and reporting department: that department's latest report.</summary>
public class TaskDepartmentProgress
{
    public int WorkTaskId { get; set; }
    public int DepartmentId { get; set; }
    public TaskProgressStatus LatestStatus { get; set; }
    public int LatestPercent { get; set; }
    public int LatestReportId { get; set; }
    public int LastReportedPeriodId { get; set; }
    public int LastReportedMonth { get; set; }
    public int ReportCount { get; set; }
}
