namespace Wuzhong.Infrastructure.Analytics;

/// <summary>What tasks can be grouped by in grouped aggregates.</summary>
public enum TaskDimension
{
    Department,
    LeadDepartment,
    District,
    Leader,
    Section,
    Group,
    Status,
    Period,
}
