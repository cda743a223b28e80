using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Read model: a reported task's standing as of each period of its plan's year (the latest report of that period
/// or an earlier one), so that trends and "as of 2023-06" questions are plain joins and grouping, not searches.
/// </summary>
public class TaskPeriodProgress
{
    public int WorkTaskId { get; set; }
    public int ReportPeriodId { get; set; }
    public int PeriodMonth { get; set; }
    public TaskProgressStatus Status { get; set; }
    public int? Percent { get; set; }
    public int? LastReportedMonth { get; set; }

    /// <summary>Reports (task, department and period) of this period and before, and how many came late.</summary>
    public int FactCount { get; set; }
    public int LateFactCount { get; set; }
}
