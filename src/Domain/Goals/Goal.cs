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

    /// <summary>
    /// Whether a figure meets the goal: more than the value for <see cref="GoalComparison.Over"/> (超, 突破), at most the
    /// value for <see cref="GoalComparison.AtMost"/> (控制在…以内), at least the value otherwise (左右 too: a target
    /// "about 6%" counts as met at 6%).
    /// </summary>
    public bool IsMetBy(decimal figure) => IsMet(Comparison, Value, figure);

    /// <summary><see cref="IsMetBy"/> for a goal read as its parts (aggregates read no whole goal).</summary>
    public static bool IsMet(GoalComparison comparison, decimal value, decimal figure) => comparison switch
    {
        GoalComparison.Over => figure > value,
        GoalComparison.AtMost => figure <= value,
        _ => figure >= value,
    };
}
