namespace Wuzhong.Domain.Reporting;

/// <summary>Read model, one row per reported task: its latest report (latest period, then latest submission).</summary>
public class TaskProgress
{
    public int WorkTaskId { get; set; }
    public TaskProgressStatus LatestStatus { get; set; }
    public int LatestPercent { get; set; }
    public int LatestReportId { get; set; }
    public int LastReportedPeriodId { get; set; }

    /// <summary>Year * 100 + month of the last reported period, so that "reported since" is one comparison.</summary>
    public int LastReportedMonth { get; set; }
    public int ReportCount { get; set; }

    /// <summary>Reports counted once per department and period (revisions are one), and how many came late.</summary>
    public int FactCount { get; set; }
    public int LateFactCount { get; set; }
}
