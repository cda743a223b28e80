using GraphQL.Types;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.Api.GraphQL.Goals;

public sealed class GoalType : ObjectGraphType<GoalView>
{
    public GoalType()
    {
        Name = "Goal";
        Description = "A quantity a task or a target states, read from its text by the importer (e.g. 新增公共停车泊位 3700 个).";
        Field<NonNullGraphType<IntGraphType>>("number").Description("1-based order in the text.").Resolve(c => c.Source.Goal.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is measured, as the text says it.").Resolve(c => c.Source.Goal.Name);
        Field<NonNullGraphType<DecimalScalarType>>("value").Description("The quantity stated, e.g. 3700.").Resolve(c => c.Source.Goal.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("e.g. 个, 亿元, %.").Resolve(c => c.Source.Goal.Unit);
        Field<NonNullGraphType<GoalComparisonType>>("comparison").Description("How the quantity is to be met.").Resolve(c => c.Source.Goal.Comparison);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words the goal was read from.").Resolve(c => c.Source.Goal.Text);
        Field<DecimalScalarType>("latestValue")
            .Description("The latest figure reported: a task report's quantityReached, a target report's actualValue. " +
                "Reports carry one figure, so it is the first goal's; null for the others and until one is reported.")
            .Resolve(c => c.Source.LatestValue);
        Field<BooleanGraphType>("reached")
            .Description("Whether latestValue meets the goal (more than it for OVER, at least it otherwise); null without a figure.")
            .Resolve(c => c.Source.LatestValue is { } latest ? c.Source.Goal.IsMetBy(latest) : null);
        Field<FloatGraphType>("shareReached")
            .Description("latestValue / value; null without a figure (or for a value of 0).")
            .Resolve(c => c.Source.LatestValue is { } latest && c.Source.Goal.Value != 0 ? (double)(latest / c.Source.Goal.Value) : null);
    }
}
