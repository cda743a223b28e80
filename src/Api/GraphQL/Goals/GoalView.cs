using Wuzhong.Domain.Goals;

namespace Wuzhong.Api.GraphQL.Goals;

/// <summary>A goal with the latest figure reported for it, if any.</summary>
public sealed record GoalView(Goal Goal, decimal? LatestValue);
