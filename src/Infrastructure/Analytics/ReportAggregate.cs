using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>The measures of a set (or group) of progress reports, with the keys of its group (0, or null, where not grouped).</summary>
public sealed class ReportAggregate
{
    public int ScopeId { get; set; }
    public int DepartmentId { get; set; }
    public int TaskId { get; set; }
    public int PeriodId { get; set; }

    /// <summary>QUARTER: the key (<see cref="MonthKey"/>) of the quarter's last month, e.g. 202306 for 2023 Q2.</summary>
    public int QuarterMonth { get; set; }
    public TaskProgressStatus Status { get; set; }
    public bool IsLate { get; set; }

    public int Count { get; set; }
    public int LateCount { get; set; }
    public int? MinProgress { get; set; }
    public int? MaxProgress { get; set; }
    public double? AverageProgress { get; set; }
    public int DistinctTasks { get; set; }
    public int DistinctDepartments { get; set; }
}
