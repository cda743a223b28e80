using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>The input of submitProgressReport as GraphQL parses it.</summary>
public sealed class SubmitProgressReportInput
{
    public string TaskId { get; set; } = "";
    public string? DepartmentId { get; set; }
    /// <summary>The period's key (<c>MonthKey</c>), as the YearMonth scalar reads it.</summary>
    public int Period { get; set; }
    public TaskProgressStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public string Summary { get; set; } = "";
    public decimal? QuantityReached { get; set; }
}
