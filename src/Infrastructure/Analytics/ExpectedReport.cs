namespace Wuzhong.Infrastructure.Analytics;

/// <summary>One report a compliance row expects: who (a department) owes it on what (a task) for when (a period), and what came of it.</summary>
public sealed class ExpectedReport
{
    /// <summary>The id of the row's key: the department, leader, district or period ranked.</summary>
    public int KeyId { get; set; }

    public int TaskId { get; set; }
    public int DepartmentId { get; set; }
    public int PeriodId { get; set; }
    public ComplianceState State { get; set; }

    /// <summary>When it was first submitted; null when it was not.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The latest revision of the report for the period, if one came.</summary>
    public int? ReportId { get; set; }
}
