namespace Wuzhong.Infrastructure.Reporting;

/// <summary>A target's actual value as reported for a period.</summary>
public sealed record SubmitTargetReport(int? TargetId, int? DepartmentId, string Period, decimal ActualValue, string Summary);
