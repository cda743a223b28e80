namespace Wuzhong.Domain.Goals;

/// <summary>How a stated quantity is to be met.</summary>
public enum GoalComparison
{
    /// <summary>左右: about the value.</summary>
    About,

    /// <summary>以上, 不低于: the value or more.</summary>
    AtLeast,

    /// <summary>超, 超过, 突破: more than the value.</summary>
    Over,

    /// <summary>达, 达到, 完成, 新增 …: the value itself.</summary>
    Reach,

    /// <summary>控制在…以内, 不超过, 以下: the value or less (a ceiling: an unemployment rate, energy use, pollution).</summary>
    AtMost,
}
