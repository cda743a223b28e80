using GraphQL.Types;
using Wuzhong.Domain.Goals;

namespace Wuzhong.Api.GraphQL.Goals;

public sealed class GoalComparisonType : EnumerationGraphType<GoalComparison>
{
    public GoalComparisonType()
    {
        Name = "GoalComparison";
        Description = "How a stated quantity is to be met: ABOUT (左右), AT_LEAST (以上), OVER (超, 突破), REACH (达, 完成, 新增 …).";
        Values.FindByValue(GoalComparison.About)!.Description = "About the value (左右).";
        Values.FindByValue(GoalComparison.AtLeast)!.Description = "The value or more (以上).";
        Values.FindByValue(GoalComparison.Over)!.Description = "More than the value (超, 突破).";
        Values.FindByValue(GoalComparison.Reach)!.Description = "The value is to be reached (达, 完成, 新增 …).";
        Values.FindByValue(GoalComparison.AtMost)!.Description = "The value or less, a ceiling (控制在…以内, 不超过, 以下).";
    }
}
