using GraphQL.Types;
using Wuzhong.Domain.Goals;

namespace Wuzhong.Api.GraphQL.Goals;

public sealed class GoalComparisonType : EnumerationGraphType<GoalComparison>
{
    public GoalComparisonType()
    {
        Name = "GoalComparison";
        Description = "How a stated quantity is to be met: ABOUT (左右), AT_LEAST (以上), OVER (超, 突破), REACH (达, 完成, 新增 …).";
    }
}
