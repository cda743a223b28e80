namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>How a set of targets stands against its goals (each target's first goal against its latest reported value).</summary>
public sealed record TargetAggregate(int Count, int ReportedCount, int ReachedCount, double? AverageShareReached);
