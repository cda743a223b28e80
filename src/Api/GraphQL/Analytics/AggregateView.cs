using GraphQL;
using GraphQL.DataLoader;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>An aggregate's measures, and how to read the distinct counts that cost a statement of their own.</summary>
public sealed record AggregateView(TaskAggregate Values, Func<IResolveFieldContext, DistinctMeasure, IDataLoaderResult<int>> Distinct);
