using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Domain.Reporting;

/// <summary>
/// A department's monthly progress report on one task. A resubmission for the same task, department and
/// period is a new <see cref="Revision"/> that supersedes the earlier one; history is kept.
/// </summary>
public class ProgressReport
{
    public int Id { get; set; }
    public int WorkTaskId { get; set; }
    public WorkTask? WorkTask { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int ReportPeriodId { get; set; }
    public ReportPeriod? Period { get; set; }

    public TaskProgressStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public required string Summary { get; set; }

    /// <summary>Where the task states a quantity (新增公共停车泊位 3700 个): the figure reached so far.</summary>
    public decimal? QuantityReached { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public bool IsLate { get; set; }
    public int Revision { get; set; }

    /// <summary>Who submitted it (the token's subject).</summary>
    public string SubmittedBy { get; set; } = "";
}
