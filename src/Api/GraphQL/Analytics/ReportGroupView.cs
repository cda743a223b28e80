using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>One group of grouped aggregates of progress reports: its measures and the dimensions asked for.</summary>
public sealed record ReportGroupView(ReportAggregate Aggregate, IReadOnlySet<ReportDimension> Dimensions);
