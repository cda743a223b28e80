namespace Wuzhong.Infrastructure.Analytics;

/// <summary>What grouped aggregates of progress reports group them by.</summary>
public enum ReportDimension
{
    Department,
    Task,
    Period,
    Quarter,
    Status,
    Late,
}
