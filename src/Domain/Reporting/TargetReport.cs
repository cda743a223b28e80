using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Domain.Reporting;

/// <summary>A department's report of a target's actual value for one period; resubmissions are new revisions.</summary>
public class TargetReport
{
    public int Id { get; set; }
    public int TargetId { get; set; }
    public Target? Target { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int ReportPeriodId { get; set; }
    public ReportPeriod? Period { get; set; }

    /// <summary>The indicator's actual value so far, in the unit its text states (e.g. % growth, 亿元).</summary>
    public decimal ActualValue { get; set; }
    public required string Summary { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public bool IsLate { get; set; }
    public int Revision { get; set; }
    public string SubmittedBy { get; set; } = "";
}
