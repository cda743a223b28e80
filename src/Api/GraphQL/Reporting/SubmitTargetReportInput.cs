namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>The input of submitTargetReport as GraphQL parses it.</summary>
public sealed class SubmitTargetReportInput
{
    public string TargetId { get; set; } = "";
    public string? DepartmentId { get; set; }
    /// <summary>The period's key (<c>MonthKey</c>), as the YearMonth scalar reads it.</summary>
    public int Period { get; set; }
    public decimal ActualValue { get; set; }
    public string Summary { get; set; } = "";
}
