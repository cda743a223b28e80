using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TargetAggregatesType : ObjectGraphType<TargetAggregate>
{
    public TargetAggregatesType()
    {
        Name = "TargetAggregates";
        Description = "How a set of targets (the connection's, with the same filter) stands against its goals: each target's first goal " +
            "(e.g. 增长 6%左右) against the latest actual value reported.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("Targets in the set.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("reportedCount").Description("Targets with an actual value reported.").Resolve(c => c.Source.ReportedCount);
        Field<NonNullGraphType<IntGraphType>>("reachedCount")
            .Description("Targets whose latest value meets their goal (more than it for OVER, at least it otherwise).")
            .Resolve(c => c.Source.ReachedCount);
        Field<FloatGraphType>("averageShareReached")
            .Description("The average of latest value / goal over the reported targets with a goal (not 0); null when there is none.")
            .Resolve(c => c.Source.AverageShareReached);
    }
}
