namespace Wuzhong.Domain.Goals;

/// <summary>
/// A quantity a task or a target states (新增公共停车泊位 3700 个, 地区生产总值增长 6%左右), extracted from its text.
/// Exactly one of <see cref="WorkTaskId"/> and <see cref="TargetId"/> is set.
/// </summary>
public class Goal
{
    public int Id { get; set; }
    public int? WorkTaskId { get; set; }
    public int? TargetId { get; set; }

    /// <summary>1-based order in the text.</summary>
    public int Number { get; set; }

    /// <summary>What is measured, as the text says it (e.g. 新增公共停车泊位).</summary>
    public required string Name { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public GoalComparison Comparison { get; set; }

    /// <summary>The words the goal was read from.</summary>
    public required string Text { get; set; }
}
