namespace Wuzhong.Infrastructure.Analytics;

/// <summary>What tasks can be grouped by in grouped aggregates.</summary>
public enum TaskDimension
{
    Department,
    LeadDepartment,
    District,
    Leader,
    Section,

    /// <summary>The plan's task group (一、更大力度打造产业集群 …), not a group of the aggregation.</summary>
    TaskGroup,
    Status,

    /// <summary>Each month of the plan's year: the standing as of that month.</summary>
    Period,

    /// <summary>Each quarter: the standing as of its last month (March, June, September, December).</summary>
    Quarter,

    /// <summary>Each half year: the standing as of June and of December.</summary>
    HalfYear,

    /// <summary>Each plan's year: the standing as of its December (what is known so far, for the current year).</summary>
    Year,
}
