using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Data.Sorting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// Resolves <c>aggregates</c> and <c>groupedAggregates</c> of a progress report connection over the connection's own
/// filtered set; nested connections (a task's reports) are measured for every parent of a level in one statement.
/// </summary>
public static class ReportAggregatesResolver
{
    private static readonly IReadOnlySet<ReportDimension> NoDimensions = new HashSet<ReportDimension>();

    public static IDataLoaderResult<ReportAggregate> Aggregates(IResolveFieldContext<Connection<ProgressReport>> context)
    {
        var scope = context.Source.Scope ?? throw new InvalidOperationException("the connection has no scope");
        var (from, to) = (context.GetArgument<int?>("from"), context.GetArgument<int?>("to"));
        var measures = ReportGroupMeasures.Properties(SelectionSets.FieldsAt(context)).ToHashSet(StringComparer.Ordinal);
        var analytics = context.RequestServices!.GetRequiredService<ReportAnalytics>();
        return context.Loaders().Get<int, ReportAggregate>("ProgressReports.aggregates", (scope.Key, from, to, string.Join(",", measures.Order())),
                async (ids, cancellationToken) =>
                    (await analytics.Aggregates(InScope(scope, ids), NoDimensions, from, to, measures).ToListAsync(cancellationToken)).ToDictionary(a => a.ScopeId),
                new ReportAggregate())
            .Load(scope.Id);
    }

    public static IDataLoaderResult<IReadOnlyList<ReportGroupView>> Groups(IResolveFieldContext<Connection<ProgressReport>> context)
    {
        var scope = context.Source.Scope ?? throw new InvalidOperationException("the connection has no scope");
        var dimensions = context.GetArgument<List<ReportDimension>>("groupBy").ToHashSet();
        var (from, to, first) = (context.GetArgument<int?>("from"), context.GetArgument<int?>("to"), context.GetArgument<int?>("first"));
        var havingArgument = context.GetArgument<Dictionary<string, object?>?>("having");
        var orderArgument = WrittenOrder.Of(context, "order");
        var having = FilterExpressionBuilder.Build(ReportGroupMeasures.Entity, havingArgument, context.RequestServices);
        var order = SortKeyBuilder.Build(ReportGroupMeasures.Entity, orderArgument, KeyOrder, context.RequestServices);
        var measures = ReportGroupMeasures.Properties(SelectionSets.FieldsAt(context, "aggregates")
            .Concat(AggregateMeasures.FieldsNamed(havingArgument)).Concat(AggregateMeasures.FieldsNamed(orderArgument)))
            .ToHashSet(StringComparer.Ordinal);
        var analytics = context.RequestServices!.GetRequiredService<ReportAnalytics>();

        return context.Loaders().Get<int, IReadOnlyList<ReportAggregate>>("ProgressReports.groupedAggregates", context.FieldAst, async (ids, cancellationToken) =>
            {
                var groups = analytics.Aggregates(InScope(scope, ids), dimensions, from, to, measures);
                if (having is not null)
                {
                    groups = groups.Where(having);
                }
                // Groups are not paged by cursor: the database's place for null will do (see TaskAggregatesResolver).
                return await ScopedGroups.ReadAsync(Ordering.Apply(groups, order, nullsFirst: false), ids.Count, first, r => r.ScopeId, cancellationToken);
            }, [])
            .Load(scope.Id)
            .Then(rows => (IReadOnlyList<ReportGroupView>)rows.Select(r => new ReportGroupView(r, dimensions)).ToList());
    }

    /// <summary>Checks groupBy, the range and first while the document is validated.</summary>
    public static void Validate(FieldArgumentsValidationContext context)
    {
        var groupBy = AggregationArguments.ValidateCommon<ReportDimension>(context);
        if (groupBy.Contains(ReportDimension.Period) && groupBy.Contains(ReportDimension.Quarter))
        {
            AggregationArguments.Report(context, $"{context.FieldDefinition.Name}.groupBy: one time dimension at a time (PERIOD or QUARTER).");
        }
    }

    private static IQueryable<ReportInScope> InScope(ConnectionScope<ProgressReport> scope, IReadOnlyCollection<int> ids) =>
        scope.Items(ids).Select(s => new ReportInScope { ScopeId = s.ScopeId, Item = s.Item });

    /// <summary>Groups of equal measures in a stable order: by their keys.</summary>
    private static readonly IReadOnlyList<SortKey> KeyOrder =
    [
        SortKey.By<ReportAggregate, int>(a => a.DepartmentId), SortKey.By<ReportAggregate, int>(a => a.TaskId),
        SortKey.By<ReportAggregate, int>(a => a.PeriodId), SortKey.By<ReportAggregate, int>(a => a.QuarterMonth),
        SortKey.By<ReportAggregate, TaskProgressStatus>(a => a.Status), SortKey.By<ReportAggregate, bool>(a => a.IsLate),
    ];
}
