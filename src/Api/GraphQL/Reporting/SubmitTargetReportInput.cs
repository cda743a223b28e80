namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>The input of submitTargetReport as GraphQL parses it.</summary>
public sealed class SubmitTargetReportInput
{
    public string TargetId { get; set; } = "";
    public string? DepartmentId { get; set; }
    public string Period { get; set; } = "";
    public decimal ActualValue { get; set; }
    public string Summary { get; set; } = "";
}
