using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Data.Sorting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// Resolves <c>aggregates</c> and <c>groupedAggregates</c> of a task connection over the connection's own filtered set.
/// Nested connections (a department's tasks…) are measured for every parent of a level in one statement.
/// </summary>
public static class TaskAggregatesResolver
{
    private static readonly IReadOnlySet<TaskDimension> NoDimensions = new HashSet<TaskDimension>();

    public static IDataLoaderResult<AggregateView> Aggregates(IResolveFieldContext<Connection<WorkTask>> context)
    {
        var scope = context.Source.Scope ?? throw new InvalidOperationException("the connection has no scope");
        var (asOf, from) = Range(context);
        var analytics = context.RequestServices!.GetRequiredService<TaskAnalytics>();
        var measures = AggregateMeasures.Selected(SelectionSets.FieldsAt(context));
        return context.Loaders().Get<int, TaskAggregate>("WorkTasks.aggregates", (scope.Key, asOf, from, AggregateMeasures.Key(measures)), async (ids, cancellationToken) =>
                (await analytics.Aggregates(InScope(scope, ids), NoDimensions, asOf, measures, from).ToListAsync(cancellationToken)).ToDictionary(a => a.ScopeId),
                new TaskAggregate())
            .Load(scope.Id)
            .Then(values => new AggregateView(values, (c, measure) => Distinct(c, scope, NoDimensions, asOf, from, measure, values)));
    }

    public static IDataLoaderResult<IReadOnlyList<GroupView>> Groups(IResolveFieldContext<Connection<WorkTask>> context)
    {
        var scope = context.Source.Scope ?? throw new InvalidOperationException("the connection has no scope");
        var dimensions = context.GetArgument<List<TaskDimension>>("groupBy").ToHashSet();
        var (asOf, from) = Range(context);
        var having = FilterExpressionBuilder.Build(TaskGroupMeasures.Entity, context.GetArgument<Dictionary<string, object?>?>("having"), context.RequestServices);
        var order = SortKeyBuilder.Build(TaskGroupMeasures.Entity, WrittenOrder.Of(context, "order"), KeyOrder, context.RequestServices);
        var first = context.GetArgument<int?>("first");
        var analytics = context.RequestServices!.GetRequiredService<TaskAnalytics>();
        var measures = AggregateMeasures.Selected(SelectionSets.FieldsAt(context, "aggregates"));
        measures.UnionWith(AggregateMeasures.Named(context.GetArgument<Dictionary<string, object?>?>("having")));
        measures.UnionWith(AggregateMeasures.Named(context.GetArgument<List<object?>?>("order")));
        var keyColumns = GroupKeyColumns.For(context);

        return context.Loaders().Get<int, IReadOnlyList<TaskGroupResult>>("WorkTasks.groupedAggregates", context.FieldAst, async (ids, cancellationToken) =>
            {
                var aggregates = analytics.Aggregates(InScope(scope, ids), dimensions, asOf, measures, from);
                if (having is not null)
                {
                    aggregates = aggregates.Where(having);
                }
                return await ScopedGroups.ReadAsync(Order(analytics.WithKeys(aggregates, dimensions, keyColumns), order), ids.Count, first,
                    r => r.Aggregate.ScopeId, cancellationToken);
            }, [])
            .Load(scope.Id)
            .Then(rows => (IReadOnlyList<GroupView>)rows
                .Select(r => new GroupView(r, dimensions, new AggregateView(r.Aggregate, (c, measure) => Distinct(c, scope, dimensions, asOf, from, measure, r.Aggregate))))
                .ToList());
    }

    /// <summary>Checks groupBy, to against asOf and first while the document is validated (the periods are YearMonth scalars).</summary>
    public static void Validate(FieldArgumentsValidationContext context)
    {
        var field = context.FieldDefinition.Name;
        var groupBy = AggregationArguments.ValidateCommon<TaskDimension>(context);
        if (context.GetArgument<int?>("to") is not null && context.GetArgument<int?>("asOf") is not null)
        {
            AggregationArguments.Report(context, $"{field}.to: give to or asOf, not both (both name the moment measured).");
        }
        if (groupBy.Contains(TaskDimension.Department) && groupBy.Contains(TaskDimension.LeadDepartment))
        {
            AggregationArguments.Report(context, $"{field}.groupBy: DEPARTMENT and LEAD_DEPARTMENT cannot be used together (lead departments are departments).");
        }
        if (groupBy.Count(d => d is TaskDimension.Period or TaskDimension.Quarter or TaskDimension.HalfYear or TaskDimension.Year) > 1)
        {
            AggregationArguments.Report(context, $"{field}.groupBy: one time dimension at a time (PERIOD, QUARTER, HALF_YEAR or YEAR).");
        }
    }

    /// <summary>The connection's tasks of these scopes, as the analytics take them (the projection folds into the same SQL).</summary>
    private static IQueryable<TaskInScope> InScope(ConnectionScope<WorkTask> scope, IReadOnlyCollection<int> ids) =>
        scope.Items(ids).Select(s => new TaskInScope { ScopeId = s.ScopeId, Item = s.Item });

    /// <summary>The moment measured (to, else asOf; null: now) and the range's first period (null: none).</summary>
    private static (int? AsOf, int? From) Range(IResolveFieldContext context) =>
        (context.GetArgument<int?>("to") ?? context.GetArgument<int?>("asOf"),
         context.GetArgument<int?>("from"));

    /// <summary>Groups of equal measures in a stable order: by their keys, in the dimension table's order.</summary>
    private static readonly IReadOnlyList<SortKey> KeyOrder = TaskDimensions.KeyColumnsInOrder.Select(column =>
    {
        var aggregate = Expression.Parameter(typeof(TaskAggregate), "a");
        return new SortKey(Expression.Lambda(Expression.Property(aggregate, column), aggregate), false);
    }).ToList();

    /// <summary>The groups in the order asked for: the measures' sort keys, read through each group's aggregate.</summary>
    private static IQueryable<TaskGroupResult> Order(IQueryable<TaskGroupResult> groups, IReadOnlyList<SortKey> order)
    {
        var result = Expression.Parameter(typeof(TaskGroupResult), "group");
        var aggregate = Expression.Property(result, nameof(TaskGroupResult.Aggregate));
        // No null-first keys: a group is never paged by cursor, and the extra keys cost this question time (docs/benchmarks.md).
        return Ordering.Apply(groups, order.Select(key => new SortKey(Expression.Lambda(ParameterReplacer.Inline(key.Selector, aggregate), result), key.Descending)).ToList(),
            nullsFirst: false);
    }

    private static IDataLoaderResult<int> Distinct(IResolveFieldContext context, ConnectionScope<WorkTask> scope, IReadOnlySet<TaskDimension> dimensions,
        int? asOf, int? from, DistinctMeasure measure, TaskAggregate group)
    {
        var analytics = context.RequestServices!.GetRequiredService<TaskAnalytics>();
        var loader = context.Loaders().Get<(int Scope, string Group), int>($"WorkTasks.distinct.{measure}", (scope.Key, string.Join(",", dimensions.Order()), asOf, from),
            async (keys, cancellationToken) =>
            {
                var scopes = keys.Select(k => k.Scope).Distinct().ToList();
                return await analytics.DistinctCountsAsync(InScope(scope, scopes), dimensions, asOf, from, measure,
                    row => GroupKey(dimensions, column => RowColumns[column](row)), cancellationToken);
            }, 0);
        return loader.Load((scope.Id, GroupKey(dimensions, column => AggregateColumns[column](group))));
    }

    /// <summary>A group's identity: its key columns (those of the dimensions asked for), the same from a row and from an aggregate.</summary>
    private static string GroupKey(IReadOnlySet<TaskDimension> dimensions, Func<string, object?> valueOf)
    {
        var keyed = TaskDimensions.KeyColumns(dimensions);
        return string.Join("|", TaskDimensions.KeyColumnsInOrder.Select(column => keyed.Contains(column) ? valueOf(column) : null));
    }

    private static readonly Dictionary<string, Func<AnalyticsRow, object?>> RowColumns = Readers<AnalyticsRow>();
    private static readonly Dictionary<string, Func<TaskAggregate, object?>> AggregateColumns = Readers<TaskAggregate>();

    private static Dictionary<string, Func<T, object?>> Readers<T>() => TaskDimensions.KeyColumnsInOrder.ToDictionary(column => column, MemberReader.Of<T>);
}
