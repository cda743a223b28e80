using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>One group of grouped aggregates: its key entities, the dimensions asked for, its measures.</summary>
public sealed record GroupView(TaskGroupResult Result, IReadOnlySet<TaskDimension> Dimensions, AggregateView Aggregates);
